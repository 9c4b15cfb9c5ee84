// Generated from docs/openapi.json (the server's /openapi) by openapi-typescript: do not edit.
// After an API change: rewrite the document (OpenApiDocumentIT, -Dopenapi.write=true), then npm run api.

export interface paths {
  '/api/animals': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List animals: search by name, filter by species, enclosure and status */
    get: operations['listAnimals']
    put?: never
    /** Create an animal; an ACTIVE one needs room in its enclosure */
    post: operations['createAnimal']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/animals/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Get one animal */
    get: operations['getAnimal']
    /** Replace an animal; the body's version must be the current one */
    put: operations['updateAnimal']
    post?: never
    /** Delete an animal without feedings on record */
    delete: operations['deleteAnimal']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/enclosures': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List enclosures with their occupancy */
    get: operations['listEnclosures']
    put?: never
    /** Create an enclosure */
    post: operations['createEnclosure']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/enclosures/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Get one enclosure */
    get: operations['getEnclosure']
    /** Replace an enclosure; capacity cannot drop below its occupancy */
    put: operations['updateEnclosure']
    post?: never
    /** Delete an enclosure without active animals */
    delete: operations['deleteEnclosure']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/feedings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List feedings: filter by animal, enclosure, keeper's round, who fed, state and days of the zoo's calendar */
    get: operations['listFeedings']
    put?: never
    /** Schedule a feeding for an ACTIVE animal */
    post: operations['createFeeding']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/feedings/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Get one feeding */
    get: operations['getFeeding']
    /** Change a feeding that is not completed yet */
    put: operations['updateFeeding']
    post?: never
    /** Delete a feeding that is not completed */
    delete: operations['deleteFeeding']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/keepers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List keepers, optionally those assigned to one enclosure */
    get: operations['listKeepers']
    put?: never
    /** Create a keeper */
    post: operations['createKeeper']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/keepers/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Get one keeper */
    get: operations['getKeeper']
    /** Replace a keeper; the body's version must be the current one */
    put: operations['updateKeeper']
    post?: never
    /** Delete a keeper who has recorded no feedings */
    delete: operations['deleteKeeper']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/species': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List species, optionally filtered by a name fragment */
    get: operations['listSpecies']
    put?: never
    /** Create a species */
    post: operations['createSpecies']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/species/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Get one species */
    get: operations['getSpecies']
    /** Replace a species; the body's version must be the current one */
    put: operations['updateSpecies']
    post?: never
    /** Delete a species that no animal belongs to */
    delete: operations['deleteSpecies']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/users': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List users (never their passwords) */
    get: operations['listUsers']
    put?: never
    /** Create a user with a role and an initial password */
    post: operations['createUser']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/users/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Get one user */
    get: operations['getUser']
    /**
     * Rename, change the role, or set a new password; also lifts a lock-out
     * @description The last administrator keeps the admin role.
     */
    put: operations['updateUser']
    post?: never
    /** Delete a user (not yourself) */
    delete: operations['deleteUser']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/animals/{id}/feedings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The animal's feedings, newest first by default */
    get: operations['listAnimalFeedings']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/login': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Exchange a user name and password for a short-lived bearer token
     * @description Built-in login (off when ZOO_AUTH_LOGIN=false). After zoo.auth.max-failures wrong passwords in a row the account is locked for a while: 429 with Retry-After. Also starts a browser session: Set-Cookie zoo_session (HttpOnly, SameSite=Strict, Path=/api/auth/session), renewed with POST /api/auth/session, and its marker zoo_signed_in=1 (Path=/, readable by scripts, no secret: the web UI resumes a session only when it is there).
     */
    post: operations['login']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Who the bearer token says you are, your role, and when the token expires */
    get: operations['getCurrentUser']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/renew': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Exchange a valid token for a fresh one, before it expires */
    post: operations['renewToken']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/session': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Renew the browser session: a fresh token for the zoo_session cookie
     * @description Needs the header X-Zoo-Session: renew (else 403) and no bearer token. Answers a fresh token with the role the users table holds now, and replaces the cookie (each cookie value works once) and the marker zoo_signed_in. 401 and cleared cookies (zoo_session and zoo_signed_in) when the session is unknown, expired, signed out, or revoked because a replaced cookie came back; 401 without Set-Cookie when another request renewed the same cookie at the same moment (retry); 429 while the account is locked.
     */
    post: operations['renewSession']
    /**
     * Sign out: end the browser session of the zoo_session cookie
     * @description Needs the header X-Zoo-Session with any value (the web UI sends sign-out; else 403). Revokes the session on the server and clears the cookie and its marker: 204, also when there was no cookie or no such session.
     */
    delete: operations['endSession']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/feedings/{id}/complete': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Record that a keeper fed the animal now; a second completion is a 409. A keeper records as their own keeper record; an administrator names the keeper. */
    post: operations['completeFeeding']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/health/ready': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Readiness from the application: 200 UP, or 503 DOWN with the reasons */
    get: operations['getApplicationReadiness']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/health/started': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Startup from the application: 200 UP, or 503 DOWN with the reasons */
    get: operations['getApplicationStartup']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/info': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Build and runtime facts: version, git revision, build and start times
     * @description In the production profile only a signed-in administrator gets everything; anyone else gets no Java version, JVM time zone, database product or version, and developmentUse without its details (paths). A token that is not valid is ignored: the answer is the anonymous one.
     */
    get: operations['getInfo']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/keepers/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The caller's own keeper record, the one they complete feedings as: 200 with it, 204 when their user is linked to none (or the token names no user) */
    get: operations['getOwnKeeper']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/message': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The configured greeting (zoo.message) */
    get: operations['getMessage']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    /** @description The dev loop's status (devloop/, also at /devloop/status in dev mode): whether what answers is the saved code. */
    DevStatus: {
      /**
       * @description whether what answers is the saved code, and if not, why not
       * @enum {string}
       */
      state:
        'current' | 'compiling' | 'compile-failed' | 'not-compiled' | 'restarting' | 'not-reloading' | 'start-failed'
      /** @description why what answers is not the saved code; null when current */
      problem: string | null
      /**
       * @description how recompiled classes are taken up: swap (method bodies swapped into the running application, a restart for anything else), restart, polled (Liberty's monitor restarts) or none
       * @enum {string}
       */
      reload: 'swap' | 'restart' | 'polled' | 'none'
      lastSave: components['schemas']['DevSave'] | null
      lastCompile: components['schemas']['DevCompile']
      lastStart: components['schemas']['DevStart']
      /** @description recompiled classes swapped into the running application after its last start; null if none */
      lastSwap: components['schemas']['DevSwap'] | null
      /** @description the checkout has uncommitted changes (git status); null where there is no checkout or git cannot tell */
      dirty: boolean | null
    }
    DevSave: {
      /** @description the newest saved file under src/main, from the checkout's root */
      file: string
      /** Format: date-time */
      at: string
    }
    DevCompile: {
      /** @enum {string} */
      status: 'compiled' | 'pending' | 'failed' | 'unknown'
      /**
       * Format: date-time
       * @description the newest compiled class
       */
      at: string | null
      /** @description sources saved after their class was written */
      changedFiles: string[]
      /** @description the compiler's first errors: file (from the checkout), line, message */
      errors: components['schemas']['DevCompileError'][]
      /** @description why the status is unknown */
      detail: string | null
    }
    DevCompileError: {
      file: string
      /** Format: int64 */
      line: number
      message: string
    }
    DevStart: {
      /** @enum {string} */
      status: 'started' | 'failed'
      /** Format: date-time */
      at: string | null
      cause: string | null
    }
    DevSwap: {
      /** Format: date-time */
      at: string
      /** @description the redefined classes (empty: the changed ones were not loaded yet) */
      classes: string[]
    }
    Animal: {
      /** Format: int64 */
      id: number
      name: string
      /** Format: int64 */
      speciesId: number
      readonly speciesName: string
      /** Format: int64 */
      enclosureId: number | null
      readonly enclosureName: string | null
      sex: components['schemas']['Sex']
      /**
       * Format: date
       * @example 2022-03-10
       */
      dateOfBirth: string | null
      /**
       * Format: date
       * @example 2022-03-10
       */
      arrivalDate: string
      status: components['schemas']['AnimalStatus']
      notes: string | null
      /** Format: int64 */
      version: number
    }
    AnimalRequest: {
      name: string
      /** Format: int64 */
      speciesId: number
      /**
       * Format: int64
       * @description Required while the status is ACTIVE
       */
      enclosureId?: number | null
      sex: components['schemas']['Sex']
      /**
       * Format: date
       * @description Unknown for some animals; not after the arrival date
       * @example 2022-03-10
       */
      dateOfBirth?: string | null
      /**
       * Format: date
       * @example 2022-03-10
       */
      arrivalDate: string
      status: components['schemas']['AnimalStatus']
      notes?: string | null
      /**
       * Format: int64
       * @description Required on update: the version the change is based on.
       */
      version?: number | null
    }
    /** @enum {string} */
    AnimalStatus: 'ACTIVE' | 'TRANSFERRED' | 'DECEASED'
    CompleteFeedingRequest: {
      /**
       * Format: int64
       * @description Who fed the animal. Required for administrators; a keeper leaves it out or names their own keeper record.
       */
      keeperId?: number | null
    }
    /** @enum {string} */
    ConservationStatus: 'LC' | 'NT' | 'VU' | 'EN' | 'CR' | 'EW' | 'EX' | 'DD' | 'NE'
    CurrentUser: {
      username: string
      /**
       * @description the strongest of the roles among the groups; null: none of them
       * @enum {string|null}
       */
      role: 'viewer' | 'keeper' | 'admin' | null
      groups: string[]
      /**
       * Format: date-time
       * @example 2022-03-10T16:15:50Z
       */
      expiresAt: string
    }
    /** @enum {string} */
    Diet: 'HERBIVORE' | 'CARNIVORE' | 'OMNIVORE' | 'INSECTIVORE' | 'PISCIVORE'
    Enclosure: {
      /** Format: int64 */
      id: number
      name: string
      habitat: components['schemas']['Habitat']
      /** Format: int32 */
      capacity: number
      areaSquareMeters: number
      /**
       * Format: int64
       * @description ACTIVE animals in the enclosure
       */
      readonly occupancy: number
      /** Format: int64 */
      version: number
    }
    EnclosureRequest: {
      name: string
      habitat: components['schemas']['Habitat']
      /** Format: int32 */
      capacity: number
      areaSquareMeters: number
      /**
       * Format: int64
       * @description Required on update: the version the change is based on.
       */
      version?: number | null
    }
    Feeding: {
      /** Format: int64 */
      id: number
      /** Format: int64 */
      animalId: number
      readonly animalName: string
      /**
       * Format: int64
       * @description The enclosure the animal lives in now; null when it lives in none
       */
      readonly enclosureId: number | null
      /** @description That enclosure's name; null with enclosureId */
      readonly enclosureName: string | null
      /**
       * Format: date-time
       * @example 2022-03-10T16:15:50Z
       */
      scheduledAt: string
      food: string
      /** Format: int32 */
      quantityGrams: number
      /** @description As of the answer: DONE once completed; until then OVERDUE when scheduled before now, else DUE */
      readonly state: components['schemas']['FeedingState']
      /**
       * Format: date-time
       * @description Set by completing the feeding
       * @example 2022-03-10T16:15:50Z
       */
      readonly fedAt: string | null
      /**
       * Format: int64
       * @description Set by completing the feeding
       */
      readonly fedByKeeperId: number | null
      /** @description The full name of the keeper who fed the animal */
      readonly fedByName: string | null
      /** Format: int64 */
      version: number
    }
    FeedingRequest: {
      /** Format: int64 */
      animalId: number
      /**
       * Format: date-time
       * @example 2026-11-26T14:30:00Z
       */
      scheduledAt: string
      food: string
      /** Format: int32 */
      quantityGrams: number
      /**
       * Format: int64
       * @description Required on update: the version the change is based on.
       */
      version?: number | null
    }
    /** @enum {string} */
    FeedingState: 'DUE' | 'OVERDUE' | 'DONE'
    /** @description One invalid field or query parameter of the request, and what is wrong */
    FieldError: {
      /** @description the field's name as sent (a.b[2] for nested ones), or the query parameter's */
      field: string
      message: string
    }
    /** @enum {string} */
    Habitat: 'SAVANNA' | 'RAINFOREST' | 'AQUATIC' | 'ARCTIC' | 'DESERT' | 'AVIARY' | 'NOCTURNAL' | 'TEMPERATE'
    HealthCheckResult: {
      name: string
      /** @enum {string} */
      status: 'UP' | 'DOWN'
      /** @description the check's own facts: strings, numbers or booleans */
      data?: {
        [key: string]: unknown
      }
    }
    HealthReport: {
      /** @enum {string} */
      status: 'UP' | 'DOWN'
      checks: components['schemas']['HealthCheckResult'][]
    }
    Info: {
      name: string
      version: string
      revision: string
      /** @description packaged build: the build had uncommitted changes; dev mode: the checkout has them now (git status); null where no checkout is visible */
      dirty: boolean | null
      /** @description packaged build: when Maven built it; dev mode: newest compiled class */
      buildTime: string
      commitTime: string
      /** @description build: from the packaged build; dev: read from the checkout */
      buildSource: string
      /**
       * Format: date-time
       * @example 2022-03-10T16:15:50Z
       */
      startedAt: string
      /**
       * Format: date-time
       * @example 2022-03-10T16:15:50Z
       */
      serverStartedAt: string
      /** @description random per application start: tells two servers (or restarts) apart */
      instanceId: string
      profile: string
      /** @description polled: recompiled classes restart the application (dev mode); disabled: never (production images) */
      updateTrigger: string
      /** @description null for anyone but an administrator (production) */
      javaVersion: string | null
      /** @description the zoo's time zone (ZOO_TIME_ZONE): the calendar of today and dates */
      timeZone: string
      /**
       * Format: date
       * @description today in the zoo's time zone
       * @example 2022-03-10
       */
      today: string
      /** @description the server JVM's own zone: used for nothing the API returns; null for anyone but an administrator (production) */
      jvmTimeZone: string | null
      database: components['schemas']['InfoDatabase']
      /** @description dev mode only (the dev loop is in the application, not the production profile): the last save, compile and start, and whether what answers is the saved code */
      dev: components['schemas']['DevStatus'] | null
      /** @description production profile only: signs that this server is being used for development (bind-mounted classes, sources, .git, application monitor enabled) */
      developmentUse: string[] | null
    }
    InfoDatabase: {
      /** @description the migration state: STARTING, READY, FAILED… */
      status: string
      product: string | null
      version: string | null
      schemaVersion: string | null
      demoData: boolean | null
    }
    Keeper: {
      /** Format: int64 */
      id: number
      fullName: string
      email: string
      /**
       * Format: date
       * @example 2022-03-10
       */
      hiredOn: string
      enclosureIds: number[]
      /**
       * Format: int64
       * @description the user who signs in as this keeper; null: none
       */
      userId: number | null
      /** Format: int64 */
      version: number
    }
    KeeperRequest: {
      fullName: string
      email: string
      /**
       * Format: date
       * @example 2022-03-10
       */
      hiredOn: string
      /** @description Enclosures the keeper looks after; absent means none */
      enclosureIds?: number[] | null
      /**
       * Format: int64
       * @description Required on update: the version the change is based on.
       */
      version?: number | null
      /**
       * Format: int64
       * @description The sign-in user (GET /api/users) who is this keeper: they complete feedings as this keeper. Absent or null: none (unlinks on update). A user is linked to one keeper at most.
       */
      userId?: number | null
    }
    LoginRequest: {
      username: string
      password: string
    }
    PageAnimalResponse: {
      items: components['schemas']['Animal'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      totalItems: number
      /** Format: int32 */
      totalPages: number
    }
    PageEnclosureResponse: {
      items: components['schemas']['Enclosure'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      totalItems: number
      /** Format: int32 */
      totalPages: number
    }
    PageFeedingResponse: {
      items: components['schemas']['Feeding'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      totalItems: number
      /** Format: int32 */
      totalPages: number
    }
    PageKeeperResponse: {
      items: components['schemas']['Keeper'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      totalItems: number
      /** Format: int32 */
      totalPages: number
    }
    PageSpeciesResponse: {
      items: components['schemas']['Species'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      totalItems: number
      /** Format: int32 */
      totalPages: number
    }
    PageUserResponse: {
      items: components['schemas']['User'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      totalItems: number
      /** Format: int32 */
      totalPages: number
    }
    /** @description RFC 9457 problem detail (application/problem+json) */
    Problem: {
      /** @description which kind of problem: /problems/<kind> (docs/api.md lists them), or about:blank where the status says it all (405, 406) */
      type: string
      title: string
      status: number
      detail?: string
      instance?: string
      /** @description validation problems only: every invalid field */
      errors?: components['schemas']['FieldError'][]
      /** @description /problems/not-current only (dev mode): the build state, as /api/info's dev.state */
      state?: string
    }
    /** @enum {string} */
    Sex: 'MALE' | 'FEMALE' | 'UNKNOWN'
    Species: {
      /** Format: int64 */
      id: number
      commonName: string
      scientificName: string
      conservationStatus: components['schemas']['ConservationStatus']
      diet: components['schemas']['Diet']
      /** Format: int64 */
      version: number
    }
    SpeciesRequest: {
      commonName: string
      scientificName: string
      conservationStatus: components['schemas']['ConservationStatus']
      diet: components['schemas']['Diet']
      /**
       * Format: int64
       * @description Required on update: the version the change is based on.
       */
      version?: number | null
    }
    TokenResponse: {
      token: string
      tokenType: string
      /**
       * Format: date-time
       * @example 2022-03-10T16:15:50Z
       */
      expiresAt: string
      /** Format: int64 */
      expiresInSeconds: number
      username: string
      role: string
    }
    User: {
      /** Format: int64 */
      id: number
      username: string
      /** @enum {string} */
      role: 'viewer' | 'keeper' | 'admin'
      /**
       * Format: date-time
       * @description while failed logins keep the account locked
       * @example 2022-03-10T16:15:50Z
       */
      lockedUntil: string | null
      /**
       * Format: date-time
       * @example 2022-03-10T16:15:50Z
       */
      lastLoginAt: string | null
      /** Format: int64 */
      version: number
    }
    UserRequest: {
      username: string
      role: string
      /** @description At least 12 characters. Required on create; on update absent keeps it. */
      password?: string | null
      /**
       * Format: int64
       * @description Required on update: the version the change is based on.
       */
      version?: number | null
    }
  }
  responses: never
  parameters: never
  requestBodies: never
  headers: never
  pathItems: never
}
export type $defs = Record<string, never>
export interface operations {
  listAnimals: {
    parameters: {
      query?: {
        enclosureId?: string
        /** @description page number, from 0 (default 0) */
        page?: string
        /** @description part of the name */
        q?: string
        /** @description items per page, 1 to 100 (default 20) */
        size?: string
        /** @description field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that names the ones it can */
        sort?: string
        speciesId?: string
        status?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageAnimalResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  createAnimal: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['AnimalRequest']
      }
    }
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description the new resource's path, e.g. /api/animals/42 */
          Location?: string
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Animal']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getAnimal: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Animal']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  updateAnimal: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['AnimalRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Animal']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  deleteAnimal: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  listEnclosures: {
    parameters: {
      query?: {
        habitat?: string
        /** @description page number, from 0 (default 0) */
        page?: string
        /** @description items per page, 1 to 100 (default 20) */
        size?: string
        /** @description field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that names the ones it can */
        sort?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageEnclosureResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  createEnclosure: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['EnclosureRequest']
      }
    }
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description the new resource's path, e.g. /api/animals/42 */
          Location?: string
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Enclosure']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getEnclosure: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Enclosure']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  updateEnclosure: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['EnclosureRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Enclosure']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  deleteEnclosure: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  listFeedings: {
    parameters: {
      query?: {
        /** @description only this animal's feedings */
        animalId?: string
        /** @description true: only unfed feedings scheduled at or before now (the dashboard's "due now"); false or absent: no filter */
        due?: string
        /** @description the feedings of the animals that live in this enclosure now */
        enclosureId?: string
        /** @description only the feedings this keeper recorded as fed */
        fedByKeeperId?: string
        /** @description YYYY-MM-DD: scheduled on this day of the zoo's calendar (ZOO_TIME_ZONE) or later */
        from?: string
        /** @description the keeper's round: the feedings of the animals in the enclosures this keeper is assigned to (whoever fed them; see fedByKeeperId) */
        keeperId?: string
        /** @description page number, from 0 (default 0) */
        page?: string
        /** @description items per page, 1 to 100 (default 20) */
        size?: string
        /** @description field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that names the ones it can */
        sort?: string
        /** @description DUE: unfed, scheduled at or after now; OVERDUE: unfed, scheduled before now; DONE: fed (any case) */
        state?: string
        /** @description YYYY-MM-DD: scheduled on this day of the zoo's calendar or earlier (from=to: that one day); not before from */
        to?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageFeedingResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  createFeeding: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedingRequest']
      }
    }
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description the new resource's path, e.g. /api/animals/42 */
          Location?: string
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Feeding']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getFeeding: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Feeding']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  updateFeeding: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedingRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Feeding']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  deleteFeeding: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  listKeepers: {
    parameters: {
      query?: {
        enclosureId?: string
        /** @description page number, from 0 (default 0) */
        page?: string
        /** @description part of the name or email */
        q?: string
        /** @description items per page, 1 to 100 (default 20) */
        size?: string
        /** @description field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that names the ones it can */
        sort?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageKeeperResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  createKeeper: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['KeeperRequest']
      }
    }
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description the new resource's path, e.g. /api/animals/42 */
          Location?: string
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Keeper']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getKeeper: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Keeper']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  updateKeeper: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['KeeperRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Keeper']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  deleteKeeper: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  listSpecies: {
    parameters: {
      query?: {
        /** @description page number, from 0 (default 0) */
        page?: string
        /** @description part of the common or scientific name */
        q?: string
        /** @description items per page, 1 to 100 (default 20) */
        size?: string
        /** @description field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that names the ones it can */
        sort?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageSpeciesResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  createSpecies: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SpeciesRequest']
      }
    }
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description the new resource's path, e.g. /api/animals/42 */
          Location?: string
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Species']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getSpecies: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Species']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  updateSpecies: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SpeciesRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Species']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  deleteSpecies: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  listUsers: {
    parameters: {
      query?: {
        /** @description page number, from 0 (default 0) */
        page?: string
        /** @description part of the user name */
        q?: string
        /** @description items per page, 1 to 100 (default 20) */
        size?: string
        /** @description field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that names the ones it can */
        sort?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageUserResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  createUser: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserRequest']
      }
    }
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description the new resource's path, e.g. /api/animals/42 */
          Location?: string
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getUser: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  updateUser: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  deleteUser: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  listAnimalFeedings: {
    parameters: {
      query?: {
        /** @description page number, from 0 (default 0) */
        page?: string
        /** @description items per page, 1 to 100 (default 20) */
        size?: string
        /** @description field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that names the ones it can */
        sort?: string
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageFeedingResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  login: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest']
      }
    }
    responses: {
      /** @description The token; Set-Cookie: zoo_session and zoo_signed_in */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TokenResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Wrong user name or password */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Locked after repeated failures, or too many sign-ins from your address; Retry-After says for how long */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Too many sign-ins at once (Retry-After: 1), or the database is not available */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getCurrentUser: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CurrentUser']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  renewToken: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TokenResponse']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  renewSession: {
    parameters: {
      query?: never
      header?: {
        'X-Zoo-Session'?: string
      }
      path?: never
      cookie?: {
        zoo_session?: string
      }
    }
    requestBody?: never
    responses: {
      /** @description The token; Set-Cookie: zoo_session with the next value, zoo_signed_in */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TokenResponse']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No session cookie, or an unknown, expired or revoked session */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The X-Zoo-Session header is missing */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The account is locked; Retry-After says for how long */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  endSession: {
    parameters: {
      query?: never
      header?: {
        'X-Zoo-Session'?: string
      }
      path?: never
      cookie?: {
        zoo_session?: string
      }
    }
    requestBody?: never
    responses: {
      /** @description Signed out; Set-Cookie clears zoo_session and zoo_signed_in */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The X-Zoo-Session header is missing */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  completeFeeding: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteFeedingRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Feeding']
        }
      }
      /** @description Invalid input (every invalid field or parameter in 'errors'), or a malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No resource with this id */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Conflict: stale version, full enclosure, in use, or duplicate */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES) */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getApplicationReadiness: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description UP: every check is up */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['HealthReport']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description DOWN: the checks that are down say why */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['HealthReport']
        }
      }
    }
  }
  getApplicationStartup: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description UP: every check is up */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['HealthReport']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description DOWN: the checks that are down say why */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['HealthReport']
        }
      }
    }
  }
  getInfo: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Info']
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Dev mode only: the server does not run the saved code (/problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getOwnKeeper: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The keeper record linked to the caller's user */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Keeper']
        }
      }
      /** @description The caller's user is linked to no keeper */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description No bearer token, or an expired, ended or rejected one */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The token's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The database is not available; retry later (in dev mode also: the server does not run the saved code, /problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  getMessage: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'text/plain': string
        }
      }
      /** @description A malformed request (Host header, percent escapes in the path) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description The Accept header allows none of the media types this operation answers with */
      406: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description An unexpected failure; 'detail' names the incident id in the server log */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Dev mode only: the server does not run the saved code (/problems/not-current) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
}
