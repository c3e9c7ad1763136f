export * from "./lib/post-purchase"
