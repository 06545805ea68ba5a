resource "aws_instance" "downloaded" {}
