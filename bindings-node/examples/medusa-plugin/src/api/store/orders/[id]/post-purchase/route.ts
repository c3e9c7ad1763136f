import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PostPurchaseModuleService from "../../../../../modules/post-purchase/service"

/** GET /store/orders/:id/post-purchase: the customer view (`?locale=it`). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve("postPurchase") as PostPurchaseModuleService
  // from the URL itself: Medusa keeps only the query fields a route declares in req.query
  const locale = new URL(req.originalUrl, "http://localhost").searchParams.get("locale") ?? "en"
  const view = service.view(req.params.id, locale)
  if (!view) {
    res.status(404).json({ code: "store.not_found", message: "no such order" })
    return
  }
  res.json(view)
}
