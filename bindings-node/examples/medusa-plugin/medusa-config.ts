import { defineConfig } from "@medusajs/framework/utils"

// The plugin run as a Medusa application for the server test (scripts: medusa-server-test.sh).
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET ?? "test-only-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET ?? "test-only-cookie-secret",
    },
  },
  admin: { disable: true },
  modules: [{ resolve: "./src/modules/post-purchase", options: { db: process.env.PP_DB ?? "post-purchase.sqlite" } }],
})
