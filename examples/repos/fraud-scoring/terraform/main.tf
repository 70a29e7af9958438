# The model bucket the scorer loads its model from, and the pods' role.
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "fraud-scoring/terraform.tfstate"
    region = "eu-west-1"
  }
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.46"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Service    = "fraud-scoring"
      CostCenter = "CC-3200"
    }
  }
}

resource "aws_s3_bucket" "models" {
  bucket = "acme-fraud-models-${var.environment}"
}

resource "aws_s3_bucket_versioning" "models" {
  bucket = aws_s3_bucket.models.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "service" {
  name               = "fraud-scoring-${var.environment}"
  assume_role_policy = var.pod_identity_trust_policy
}
