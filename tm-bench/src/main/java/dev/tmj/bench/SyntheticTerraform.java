package dev.tmj.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated Terraform folder shaped like a real one: a VPC, subnets, security groups with ingress blocks,
 * instances that refer to them, buckets and databases, tags built from locals and variables, spread over files of
 * 100 resources each.
 */
public final class SyntheticTerraform {
    private SyntheticTerraform() {
    }

    /** {@code java -cp benchmarks.jar dev.tmj.bench.SyntheticTerraform 1000 DIR}: writes a folder for end-to-end runs. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[1]));
        write(dir, Integer.parseInt(args[0]));
    }

    /** Writes about {@code resources} resources into {@code dir} (plus variables, locals and a provider). */
    public static void write(Path dir, int resources) throws IOException {
        Files.writeString(dir.resolve("main.tf"), """
                variable "env" { default = "bench" }
                variable "cidr" { default = "10.0.0.0/16" }
                locals {
                  prefix = "shop-${var.env}"
                  tags   = { Environment = var.env, Owner = "team" }
                }
                provider "aws" {
                  region = "eu-west-1"
                }
                resource "aws_vpc" "main" {
                  cidr_block = var.cidr
                  tags       = merge(local.tags, { Name = "${local.prefix}-vpc" })
                }
                """);
        int files = Math.max(1, (resources - 1 + 99) / 100);
        int made = 1;
        for (int f = 0; f < files && made < resources; f++) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 100 && made < resources; i++, made++) {
                String n = f + "_" + i;
                switch (i % 5) {
                    case 0 -> out.append("""
                            resource "aws_subnet" "s%1$s" {
                              vpc_id     = aws_vpc.main.id
                              cidr_block = cidrsubnet(var.cidr, 8, %2$d)
                              tags       = merge(local.tags, { Name = "${local.prefix}-s%1$s" })
                            }
                            """.formatted(n, i));
                    case 1 -> out.append("""
                            resource "aws_security_group" "g%1$s" {
                              vpc_id = aws_vpc.main.id
                              ingress {
                                from_port   = 443
                                to_port     = 443
                                protocol    = "tcp"
                                cidr_blocks = ["0.0.0.0/0"]
                              }
                              egress {
                                from_port   = 0
                                to_port     = 0
                                protocol    = "-1"
                                cidr_blocks = [for c in ["10.0.0.0/8"] : c]
                              }
                            }
                            """.formatted(n));
                    case 2 -> out.append("""
                            resource "aws_instance" "i%1$s" {
                              ami                    = "ami-123"
                              instance_type          = "t3.micro"
                              subnet_id              = aws_subnet.s%2$s.id
                              vpc_security_group_ids = [aws_security_group.g%3$s.id]
                              user_data              = <<-EOF
                                #!/bin/sh
                                echo ${local.prefix} %1$s
                              EOF
                              tags = local.tags
                            }
                            """.formatted(n, f + "_" + (i - 2), f + "_" + (i - 1)));
                    case 3 -> out.append("""
                            resource "aws_s3_bucket" "b%1$s" {
                              bucket = lower("${local.prefix}-B%1$s")
                              tags   = local.tags
                            }
                            """.formatted(n));
                    default -> out.append("""
                            resource "aws_db_instance" "d%1$s" {
                              engine                 = "postgres"
                              storage_encrypted      = true
                              publicly_accessible    = false
                              vpc_security_group_ids = [aws_security_group.g%2$s.id]
                              identifier             = format("%%s-db-%%d", local.prefix, %3$d)
                            }
                            """.formatted(n, f + "_" + (i - 3), i));
                }
            }
            Files.writeString(dir.resolve(String.format("part%03d.tf", f)), out);
        }
    }
}
