variable "environment" {
  type        = string
  description = "dev, staging or prod."
}

variable "public_subnet_ids" {
  type        = list(string)
  description = "One public subnet per availability zone."
}
