variable "name" {}

resource "aws_db_instance" "main" {
  identifier = var.name
  engine     = "postgres"
}
