variable "environment" {
  type        = string
  description = "dev, staging or prod."
}
