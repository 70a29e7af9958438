variable "environment" {
  type        = string
  description = "dev, staging or prod."
}

variable "orders_queue_arn" {
  type        = string
  description = "The orders queue of the environment."
}

variable "pod_identity_trust_policy" {
  type        = string
  description = "The trust policy that lets the service account assume the role."
}
