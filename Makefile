# Everyday commands. `make help` lists them. Compose: `docker compose` (v2) by default;
# COMPOSE="docker-compose" for v1. DEV_FILES / PROD_FILES add override files (CI uses stand-ins).
COMPOSE ?= docker compose
DEV_FILES ?= -f docker-compose.dev.yml
PROD_FILES ?= -f docker-compose.yml
# The development stack is its own compose project (zoo-dev), so that it and the production stack
# (project: the folder's name) never recreate or remove each other's containers and volumes.
DEV  := $(COMPOSE) -p zoo-dev $(DEV_FILES)
PROD := $(COMPOSE) $(PROD_FILES)
# What `make doctor` asks; unset: dev mode at :9080, then the production stack's UI at :8080.
ZOO_URL ?=

# Settings and secrets for the stacks come from .env (copy .env.example), read by compose only: make
# never reads it, since its rules for quotes, `$` and `#` are not compose's. liberty:devc gets the
# dev file's `backend` environment as compose resolves it, through an env file.
DEVC_ENV := $(CURDIR)/backend/target/devc.env

.PHONY: help run dev dev-down prod prod-down test logs clean doctor images secrets

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

run: ## Local dev mode, embedded database, no containers (same as ./mvnw)
	./mvnw

# devc with the pom's defaults: no debug port (devc would publish it on every interface; `make dev
# DEVC_DEBUG=7777` debugs on 127.0.0.1:7777, see docs/containers.md). compile builds the dev loop's
# file change agent first (devloop/.agent), so that devc's JVM options name it from the first run on
# (Maven decides that when it starts). -am: the backend names the web UI's and the dev loop's
# modules, which are not installed anywhere (compile, not less: only then does Maven hand the dev
# loop's classes to the backend); -Dexec.skip=true: without the UI's npm build
# (Vite serves the UI here); the agent's own steps are never skipped.
dev: ## SQL Server + Vite (hot reload) in containers, backend in containerized dev mode
	docker/compose-config free-ports --also "9080:liberty:devc's HTTP port" -- $(DEV)
	$(DEV) up -d
	mkdir -p backend/target
	umask 077 && docker/compose-config env backend -- $(DEV) >$(DEVC_ENV)
	./mvnw -q -pl backend -am compile -Dexec.skip=true
	./mvnw liberty:devc $(if $(DEVC_DEBUG),-Ddevc.debug=$(DEVC_DEBUG)) -Ddevc.runOpts="--network=zoo-dev --env-file=$(DEVC_ENV)"

dev-down: ## Stop the development stack (data volume kept)
	$(DEV) down

secrets: secrets/jwt-signing-key.pem ## Create the token signing key of the production stack (once)

# 0644 so that the backend's user (uid 1001) can read the bind-mounted secret; the folder is 0700.
secrets/jwt-signing-key.pem:
	mkdir -p -m 700 secrets
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $@ 2>/dev/null
	chmod 644 $@

prod: secrets/jwt-signing-key.pem ## Build everything and start the production stack (UI at :8080)
	docker/compose-config free-ports -- $(PROD)
	./mvnw -B package -DskipTests
	ZOO_REVISION=$$(git rev-parse --short HEAD) $(PROD) up -d --build

prod-down: ## Stop the production stack (data volume kept)
	$(PROD) down

test: ## The test command of the README (unit, HTTP, in-server, UI and browser tests)
	./mvnw verify

logs: ## Follow the production stack's logs
	$(PROD) logs -f --tail=100

doctor: ## Is what runs what you wrote? Says what is stale and how to refresh it
	tools/doctor.py $(ZOO_URL)

images: ## Build the backend and UI images only (after ./mvnw package)
	docker build -t zoo-backend:latest backend
	docker build -f frontend/Dockerfile --build-arg REVISION=$$(git rev-parse --short HEAD) -t zoo-frontend:latest .

clean: ## Remove build output and stopped stacks (data volumes kept: docker volume rm to drop them)
	-$(DEV) down
	-$(PROD) down
	./mvnw -q clean
	rm -rf frontend/dist frontend/test-results
