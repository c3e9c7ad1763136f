import { Module } from "@medusajs/framework/utils"
import PostPurchaseModuleService from "./service"

export const POST_PURCHASE = "postPurchase"

export default Module(POST_PURCHASE, { service: PostPurchaseModuleService })
