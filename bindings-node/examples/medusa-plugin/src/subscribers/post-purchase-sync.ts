import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_EVENTS, orderIdOf, type Query } from "../lib/post-purchase"
import type PostPurchaseModuleService from "../modules/post-purchase/service"

/** Keeps the postpurchase order in step with Medusa's after each order, fulfilment and return event. */
export default async function postPurchaseSync({ event, container }: SubscriberArgs<Record<string, any>>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const service = container.resolve("postPurchase") as PostPurchaseModuleService
  const orderId = await orderIdOf(event.name, event.data, query)
  if (orderId) await service.sync(query, orderId)
}

export const config: SubscriberConfig = { event: ORDER_EVENTS }
