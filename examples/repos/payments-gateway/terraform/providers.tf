# The gateway runs active-active in two regions; every resource is tagged
# with the cost centre that pays for it.
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "payments-gateway/terraform.tfstate"
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
      Service    = "payments-gateway"
      CostCenter = "CC-3100"
    }
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
  default_tags {
    tags = {
      Service    = "payments-gateway"
      CostCenter = "CC-3100"
    }
  }
}
