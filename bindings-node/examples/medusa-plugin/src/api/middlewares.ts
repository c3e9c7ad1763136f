import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type PostPurchaseModuleService from "../modules/post-purchase/service"

/** Asks the eligibility engine before Medusa's store return workflow runs (Medusa 2.21's
 *  `createAndCompleteReturnOrderWorkflow` has no validation hook, only `setPricingContext`):
 *  a refused return is answered 400 with the engine's verdict, line by line. */
export async function checkReturn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { order_id?: string; items?: Array<{ id: string; quantity: number }> }
  const service = req.scope.resolve("postPurchase") as PostPurchaseModuleService
  const verdict = body.order_id ? service.checkReturn(body.order_id, body.items ?? []) : null
  if (verdict && !verdict.allowed) {
    res.status(400).json({ type: "not_allowed", code: "return.refused", message: "this return is not allowed", verdict })
    return
  }
  next()
}

export default defineMiddlewares({
  routes: [{ matcher: "/store/returns", method: ["POST"], middlewares: [checkReturn] }],
})
