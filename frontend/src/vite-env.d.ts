/// <reference types="vite/client" />

declare const __APP_REVISION__: string
declare const __APP_BUILD_TIME__: string
