variable "pod_identity_trust_policy" {
  type        = string
  description = "The trust policy that lets the service account assume the role."
}
