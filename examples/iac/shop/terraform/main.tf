# The shop's cloud side: a VPC with public and private subnets, a public load balancer in front of the
# Kubernetes cluster, a PostgreSQL database, buckets for uploads and reports, and the app's IAM role.

provider "aws" {
  region = var.region
}

variable "region" {
  default = "eu-west-1"
}

variable "db_password" {
  description = "Master password of the orders database"
  default     = "ChangeMe-2024!"
}

locals {
  name = "shop"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = local.name }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}
