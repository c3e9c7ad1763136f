import { PostPurchase, type Options } from "../../lib/post-purchase"

/** The module's service: resolve it as `container.resolve("postPurchase")`. */
export default class PostPurchaseModuleService extends PostPurchase {
  constructor(_deps: Record<string, unknown>, options?: Options) {
    super(options ?? {})
  }
}
