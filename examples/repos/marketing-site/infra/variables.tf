variable "domain_name" {
  type        = string
  description = "The host name the site is served under."
}

variable "zone_id" {
  type        = string
  description = "The Route 53 zone of the domain."
}

variable "certificate_arn" {
  type        = string
  description = "The ACM certificate for the domain (issued by the platform team)."
}

variable "cache_policy_id" {
  type        = string
  description = "The CloudFront cache policy for static pages."
}
