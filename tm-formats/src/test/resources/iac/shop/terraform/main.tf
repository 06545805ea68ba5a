provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "assets" {
  bucket = "shop-assets"
}

module "db" {
  source = "./modules/db"
  name   = "orders"
}

module "remote" {
  source = "git::https://example.com/modules/vpc.git"
}
