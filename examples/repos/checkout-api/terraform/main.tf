# What checkout-api needs besides its pods: a role to reach the orders queue.
# The database and the queue are Resources of their own (infra-live).
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "checkout-api/terraform.tfstate"
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
      Service    = "checkout-api"
      CostCenter = "CC-2100"
    }
  }
}

resource "aws_iam_role" "service" {
  name               = "checkout-api-${var.environment}"
  assume_role_policy = var.pod_identity_trust_policy
}

resource "aws_iam_role_policy" "orders_queue" {
  role = aws_iam_role.service.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["sqs:SendMessage"]
      Resource = var.orders_queue_arn
    }]
  })
}
