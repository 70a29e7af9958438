# The network load balancer in front of the Envoy pods, across three zones,
# and the web application firewall.
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "platform-ingress/terraform.tfstate"
    region = "eu-west-1"
  }
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Service    = "platform-ingress"
      CostCenter = "CC-1000"
    }
  }
}

resource "aws_lb" "ingress" {
  name                             = "ingress-${var.environment}"
  load_balancer_type               = "network"
  subnets                          = var.public_subnet_ids
  enable_cross_zone_load_balancing = true
}

resource "aws_wafv2_web_acl" "edge" {
  name  = "edge-${var.environment}"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "edge-${var.environment}"
    sampled_requests_enabled   = true
  }
}
