resource "aws_appmesh_mesh" "mesh" {
  name = "shop"
}
