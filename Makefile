# Everyday commands. `make help` lists them. Compose: `docker compose` (v2) by default;
# COMPOSE="docker-compose" for v1, or podman-compose.
COMPOSE ?= docker compose
DEV  := $(COMPOSE) -f docker-compose.dev.yml
PROD := $(COMPOSE) -f docker-compose.yml
# The backend (dev mode at 9080) or, for `make prod`, the UI that proxies it (ZOO_URL=http://localhost:8080).
ZOO_URL ?= http://localhost:9080

# Secrets for the stacks come from .env (copy .env.example); exported for liberty:devc.
-include .env
export

.PHONY: help run dev dev-down prod prod-down test logs clean doctor images secrets

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

run: ## Local dev mode, embedded database, no containers (same as ./mvnw)
	./mvnw

dev: ## SQL Server + Vite (hot reload) in containers, backend in containerized dev mode
	$(DEV) up -d
	./mvnw liberty:devc -DcontainerName=zoo-backend-dev \
	  -DcontainerRunOpts="--network=zoo-dev -e DB_KIND=sqlserver -e DB_HOST=sqlserver -e DB_NAME -e DB_USER -e DB_PASSWORD -e DB_TRUST_SERVER_CERTIFICATE -e ZOO_AUTH_ADMIN_PASSWORD"

dev-down: ## Stop the development stack (data volume kept)
	$(DEV) down

secrets: secrets/jwt-signing-key.pem ## Create the token signing key of the production stack (once)

# 0644 so that the backend's user (uid 1001) can read the bind-mounted secret; the folder is 0700.
secrets/jwt-signing-key.pem:
	mkdir -p -m 700 secrets
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $@
	chmod 644 $@

prod: secrets/jwt-signing-key.pem ## Build everything and start the production stack (UI at :8080)
	./mvnw -B package -DskipTests
	ZOO_REVISION=$$(git rev-parse --short HEAD) $(PROD) up -d --build

prod-down: ## Stop the production stack (data volume kept)
	$(PROD) down

test: ## The test command of the README (unit, HTTP, in-server, UI and browser tests)
	./mvnw verify

logs: ## Follow the production stack's logs
	$(PROD) logs -f --tail=100

doctor: ## Is what runs what you wrote? Says what is stale and how to refresh it
	docker/doctor $(ZOO_URL)

images: ## Build the backend and UI images only (after ./mvnw package)
	docker build -t zoo-backend:latest backend
	docker build -f frontend/Dockerfile --build-arg REVISION=$$(git rev-parse --short HEAD) -t zoo-frontend:latest .

clean: ## Remove build output and stopped stacks (data volumes kept: docker volume rm to drop them)
	-$(DEV) down
	-$(PROD) down
	./mvnw -q clean
	rm -rf frontend/dist frontend/test-results
