package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsTesting.element;
import static dev.tmj.iac.terraform.AwsTesting.encryptedAtRest;
import static dev.tmj.iac.terraform.AwsTesting.fact;
import static dev.tmj.iac.terraform.AwsTesting.line;
import static dev.tmj.iac.terraform.AwsTesting.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsDataMappingTest {
    @TempDir
    Path dir;

    @Test
    void should_make_databases_sql_datastores_encrypted_only_when_the_code_says_so() {
        Model model = map(dir, """
                resource "aws_db_instance" "plain" {
                  engine = "mysql"
                }
                resource "aws_db_instance" "sealed" {
                  storage_encrypted = true
                }
                resource "aws_rds_cluster" "aurora" {
                  storage_encrypted = "true"
                }
                resource "aws_dynamodb_table" "t" {
                }
                resource "aws_dynamodb_table" "sse" {
                  server_side_encryption {
                    enabled = true
                  }
                }
                """);

        Element plain = element(model, "aws_db_instance.plain");
        assertThat(plain.type()).isEqualTo(ElementType.DATASTORE);
        assertThat(plain.get("type")).isEqualTo(DatastoreType.SQL);
        assertThat(plain.get("isSQL")).isEqualTo(true);
        assertThat(encryptedAtRest(plain)).isFalse();
        assertThat(encryptedAtRest(element(model, "aws_db_instance.sealed"))).isTrue();
        assertThat(encryptedAtRest(element(model, "aws_rds_cluster.aurora"))).isTrue();
        Element table = element(model, "aws_dynamodb_table.t");
        assertThat(table.get("isSQL")).isEqualTo(false);
        assertThat(encryptedAtRest(table)).isFalse();
        assertThat(encryptedAtRest(element(model, "aws_dynamodb_table.sse"))).isTrue();
        assertThat(plain.controls().is("hasAccessControl")).isTrue();
    }

    @Test
    void should_mark_publicly_accessible_databases_public_at_the_attribute() {
        Model model = map(dir, """
                resource "aws_db_instance" "open" {
                  engine              = "postgres"
                  publicly_accessible = true
                }
                resource "aws_rds_cluster" "c" {
                }
                resource "aws_rds_cluster_instance" "c1" {
                  cluster_identifier  = aws_rds_cluster.c.id
                  publicly_accessible = true
                }
                resource "aws_db_instance" "closed" {
                  publicly_accessible = false
                }
                """);

        Element open = element(model, "aws_db_instance.open");
        assertThat(fact(open, IacFacts.PUBLIC_DATA)).isEqualTo("aws_db_instance.open: publicly_accessible = true");
        assertThat(line(open, IacFacts.PUBLIC_DATA)).isEqualTo(6);
        assertThat(open.controls().is("hasAccessControl")).isFalse();
        Element cluster = element(model, "aws_rds_cluster.c");
        assertThat(fact(cluster, IacFacts.PUBLIC_DATA)).startsWith("aws_rds_cluster_instance.c1");
        assertThat(line(cluster, IacFacts.PUBLIC_DATA)).isEqualTo(12);
        assertThat(fact(element(model, "aws_db_instance.closed"), IacFacts.PUBLIC_DATA)).isEmpty();
    }

    @Test
    void should_mark_a_bucket_with_a_public_legacy_acl_public_and_a_public_access_block_as_blocking_it() {
        Model model = map(dir, """
                resource "aws_s3_bucket" "open" {
                  acl = "public-read"
                }
                resource "aws_s3_bucket" "blocked" {
                  acl = "public-read-write"
                }
                resource "aws_s3_bucket_public_access_block" "blocked" {
                  bucket              = aws_s3_bucket.blocked.id
                  block_public_acls   = true
                  ignore_public_acls  = true
                  block_public_policy = true
                  restrict_public_buckets = true
                }
                resource "aws_s3_bucket" "private" {
                  acl = "private"
                }
                """);

        Element open = element(model, "aws_s3_bucket.open");
        assertThat(open.get("type")).isEqualTo(DatastoreType.AWS_S3);
        assertThat(fact(open, IacFacts.PUBLIC_DATA)).isEqualTo("aws_s3_bucket.open: acl = public-read");
        assertThat(line(open, IacFacts.PUBLIC_DATA)).isEqualTo(5);
        assertThat(fact(open, IacFacts.PUBLIC_ACCESS_BLOCKED)).isEmpty();
        Element blocked = element(model, "aws_s3_bucket.blocked");
        assertThat(fact(blocked, IacFacts.PUBLIC_DATA)).contains("public-read-write");
        assertThat(fact(blocked, IacFacts.PUBLIC_ACCESS_BLOCKED)).startsWith("aws_s3_bucket_public_access_block");
        assertThat(line(blocked, IacFacts.PUBLIC_ACCESS_BLOCKED)).isEqualTo(10);
        assertThat(fact(element(model, "aws_s3_bucket.private"), IacFacts.PUBLIC_DATA)).isEmpty();
    }

    @Test
    void should_read_bucket_acl_and_policy_resources() {
        Model model = map(dir, """
                resource "aws_s3_bucket" "a" {
                }
                resource "aws_s3_bucket_acl" "a" {
                  bucket = aws_s3_bucket.a.id
                  acl    = "public-read"
                }
                resource "aws_s3_bucket" "p" {
                }
                resource "aws_s3_bucket_policy" "p" {
                  bucket = aws_s3_bucket.p.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = "s3:GetObject"
                      Resource  = "arn:aws:s3:::p/*"
                    }]
                  })
                }
                resource "aws_s3_bucket" "q" {
                }
                resource "aws_s3_bucket_policy" "q" {
                  bucket = aws_s3_bucket.q.id
                  policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::123456789012:root" }
                      Action    = "s3:GetObject"
                      Resource  = "arn:aws:s3:::q/*"
                    }]
                  })
                }
                """);

        Element a = element(model, "aws_s3_bucket.a");
        assertThat(fact(a, IacFacts.PUBLIC_DATA)).isEqualTo("aws_s3_bucket_acl.a: acl = public-read");
        assertThat(line(a, IacFacts.PUBLIC_DATA)).isEqualTo(6);
        Element p = element(model, "aws_s3_bucket.p");
        assertThat(fact(p, IacFacts.PUBLIC_DATA)).isEqualTo("aws_s3_bucket_policy.p: policy allows s3:GetObject to"
                + " Principal *");
        assertThat(line(p, IacFacts.PUBLIC_DATA)).isEqualTo(12);
        assertThat(fact(element(model, "aws_s3_bucket.q"), IacFacts.PUBLIC_DATA)).isEmpty();
    }

    @Test
    void should_read_bucket_encryption_and_logging_inline_or_from_their_own_resources() {
        Model model = map(dir, """
                resource "aws_s3_bucket" "bare" {
                }
                resource "aws_s3_bucket" "inline" {
                  server_side_encryption_configuration {
                    rule {
                      apply_server_side_encryption_by_default {
                        sse_algorithm = "aws:kms"
                      }
                    }
                  }
                  logging {
                    target_bucket = aws_s3_bucket.bare.id
                  }
                }
                resource "aws_s3_bucket" "separate" {
                }
                resource "aws_s3_bucket_server_side_encryption_configuration" "separate" {
                  bucket = aws_s3_bucket.separate.id
                  rule {
                    apply_server_side_encryption_by_default {
                      sse_algorithm = "AES256"
                    }
                  }
                }
                resource "aws_s3_bucket_logging" "separate" {
                  bucket        = aws_s3_bucket.separate.id
                  target_bucket = aws_s3_bucket.bare.id
                }
                """);

        Element bare = element(model, "aws_s3_bucket.bare");
        assertThat(encryptedAtRest(bare)).isFalse();
        assertThat(fact(bare, IacFacts.NO_AUDIT_TRAIL)).startsWith("aws_s3_bucket.bare: no logging block");
        assertThat(line(bare, IacFacts.NO_AUDIT_TRAIL)).isEqualTo(4);
        Element inline = element(model, "aws_s3_bucket.inline");
        assertThat(encryptedAtRest(inline)).isTrue();
        assertThat(fact(inline, IacFacts.NO_AUDIT_TRAIL)).isEmpty();
        Element separate = element(model, "aws_s3_bucket.separate");
        assertThat(encryptedAtRest(separate)).isTrue();
        assertThat(fact(separate, IacFacts.NO_AUDIT_TRAIL)).isEmpty();
    }

    @Test
    void should_read_encryption_of_queues_topics_caches_volumes_keys_and_secrets() {
        Model model = map(dir, """
                resource "aws_sqs_queue" "plain" {
                }
                resource "aws_sqs_queue" "sse" {
                  sqs_managed_sse_enabled = true
                }
                resource "aws_sns_topic" "kms" {
                  kms_master_key_id = "alias/aws/sns"
                }
                resource "aws_elasticache_replication_group" "r" {
                  at_rest_encryption_enabled = true
                }
                resource "aws_ebs_volume" "v" {
                  size = 1
                }
                resource "aws_kms_key" "k" {
                }
                resource "aws_secretsmanager_secret" "s" {
                }
                """);

        assertThat(encryptedAtRest(element(model, "aws_sqs_queue.plain"))).isFalse();
        assertThat(encryptedAtRest(element(model, "aws_sqs_queue.sse"))).isTrue();
        assertThat(encryptedAtRest(element(model, "aws_sns_topic.kms"))).isTrue();
        assertThat(encryptedAtRest(element(model, "aws_elasticache_replication_group.r"))).isTrue();
        assertThat(encryptedAtRest(element(model, "aws_ebs_volume.v"))).isFalse();
        assertThat(encryptedAtRest(element(model, "aws_kms_key.k"))).isTrue();
        assertThat(encryptedAtRest(element(model, "aws_secretsmanager_secret.s"))).isTrue();
    }
}
