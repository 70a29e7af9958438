# The flag table and the role the service's pods assume to read it.
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "feature-flags/terraform.tfstate"
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
}

resource "aws_dynamodb_table" "flags" {
  name         = "feature-flags-${var.environment}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "flag"

  attribute {
    name = "flag"
    type = "S"
  }
}

resource "aws_iam_role" "service" {
  name               = "feature-flags-${var.environment}"
  assume_role_policy = var.pod_identity_trust_policy
}
