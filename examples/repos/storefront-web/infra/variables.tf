variable "domain_name" {
  type        = string
  description = "The shop's host name in this environment."
}

variable "origin_eu_west_1" {
  type        = string
  description = "The rendering API's host name in eu-west-1."
}

variable "origin_us_east_1" {
  type        = string
  description = "The rendering API's host name in us-east-1."
}

variable "cache_policy_id" {
  type        = string
  description = "The CloudFront cache policy for rendered pages."
}
