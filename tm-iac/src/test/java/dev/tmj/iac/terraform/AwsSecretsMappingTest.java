package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsTesting.element;
import static dev.tmj.iac.terraform.AwsTesting.fact;
import static dev.tmj.iac.terraform.AwsTesting.line;
import static dev.tmj.iac.terraform.AwsTesting.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsSecretsMappingTest {
    @TempDir
    Path dir;

    @Test
    void should_locate_a_password_from_a_variable_default_at_the_variable_without_its_value() {
        Model model = map(dir, """
                variable "db_password" {
                  default = "Sup3rSecret!"
                }
                resource "aws_db_instance" "db" {
                  password = var.db_password
                }
                """);

        Element db = element(model, "aws_db_instance.db");
        assertThat(fact(db, IacFacts.SECRET)).isEqualTo("aws_db_instance.db: password is the literal default of"
                + " variable db_password").doesNotContain("Sup3rSecret");
        assertThat(line(db, IacFacts.SECRET)).isEqualTo(4);
    }

    @Test
    void should_locate_a_literal_password_at_its_argument() {
        Model model = map(dir, """
                resource "aws_rds_cluster" "c" {
                  master_username = "admin"
                  master_password = "hunter2hunter2"
                }
                """);

        Element cluster = element(model, "aws_rds_cluster.c");
        assertThat(fact(cluster, IacFacts.SECRET)).isEqualTo("aws_rds_cluster.c: master_password is a literal");
        assertThat(line(cluster, IacFacts.SECRET)).isEqualTo(6);
    }

    @Test
    void should_find_secrets_in_lambda_environment_variables_and_user_data() {
        Model model = map(dir, """
                resource "aws_lambda_function" "fn" {
                  environment {
                    variables = {
                      STAGE      = "prod"
                      API_TOKEN  = "tok-123456789"
                    }
                  }
                }
                resource "aws_instance" "vm" {
                  user_data = <<EOF
                #!/bin/sh
                export AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP
                EOF
                }
                """);

        Element fn = element(model, "aws_lambda_function.fn");
        assertThat(fact(fn, IacFacts.SECRET)).isEqualTo("aws_lambda_function.fn environment: variables.API_TOKEN is a"
                + " literal");
        assertThat(line(fn, IacFacts.SECRET)).isEqualTo(6);
        Element vm = element(model, "aws_instance.vm");
        assertThat(fact(vm, IacFacts.SECRET)).isEqualTo("aws_instance.vm: user_data holds a literal key or password")
                .doesNotContain("AKIA");
        assertThat(line(vm, IacFacts.SECRET)).isEqualTo(13);
    }

    @Test
    void should_find_access_keys_in_the_provider_block_on_the_account() {
        Model model = map(dir, """
                provider "aws" {
                  alias      = "keys"
                  access_key = "AKIAABCDEFGHIJKLMNOP"
                  secret_key = "abcdefghijklmnopqrstuvwxyz0123456789ABCD"
                }
                """);

        Element account = element(model, "AWS account");
        assertThat(fact(account, IacFacts.SECRET)).isEqualTo("provider aws: access_key is a literal");
        assertThat(line(account, IacFacts.SECRET)).isEqualTo(6);
    }

    @Test
    void should_find_no_secret_in_a_reference_a_generated_password_or_a_secret_name() {
        Model model = map(dir, """
                resource "random_password" "db" {
                  length = 24
                }
                resource "aws_db_instance" "db" {
                  password = random_password.db.result
                }
                resource "aws_secretsmanager_secret" "s" {
                  name = "db-password"
                }
                resource "aws_lambda_function" "fn" {
                  environment {
                    variables = {
                      SECRET_ARN = aws_secretsmanager_secret.s.arn
                    }
                  }
                }
                """);

        assertThat(fact(element(model, "aws_db_instance.db"), IacFacts.SECRET)).isEmpty();
        assertThat(fact(element(model, "aws_secretsmanager_secret.s"), IacFacts.SECRET)).isEmpty();
        assertThat(fact(element(model, "aws_lambda_function.fn"), IacFacts.SECRET)).isEmpty();
        assertThat(element(model, "random_password.db").get("description")).asString().contains("does not model");
    }

    @Test
    void should_find_a_secret_string_written_into_a_secret_version_on_the_secret() {
        Model model = map(dir, """
                resource "aws_secretsmanager_secret" "s" {
                }
                resource "aws_secretsmanager_secret_version" "v" {
                  secret_id     = aws_secretsmanager_secret.s.id
                  secret_string = "correct-horse-battery"
                }
                """);

        Element secret = element(model, "aws_secretsmanager_secret.s");
        assertThat(fact(secret, IacFacts.SECRET)).isEqualTo("aws_secretsmanager_secret_version.v: secret_string is a"
                + " literal");
        assertThat(line(secret, IacFacts.SECRET)).isEqualTo(8);
    }

    @Test
    void should_find_a_secret_in_an_ecs_containers_environment_and_not_in_its_other_variables() {
        Model model = map(dir, """
                resource "aws_ecs_task_definition" "app" {
                  family = "app"
                  container_definitions = jsonencode([{
                    name  = "app"
                    image = "app:1"
                    environment = [
                      { name = "STAGE", value = "prod" },
                      { name = "DB_PASSWORD", value = "pa55word-in-code" }
                    ]
                  }])
                }
                resource "aws_ecs_task_definition" "clean" {
                  container_definitions = jsonencode([{
                    name        = "app"
                    environment = [{ name = "STAGE", value = "prod" }]
                  }])
                }
                """);

        Element app = element(model, "aws_ecs_task_definition.app");
        assertThat(fact(app, IacFacts.SECRET)).isEqualTo("aws_ecs_task_definition.app: container_definitions"
                + " environment DB_PASSWORD is a literal");
        assertThat(line(app, IacFacts.SECRET)).isEqualTo(6);
        assertThat(fact(element(model, "aws_ecs_task_definition.clean"), IacFacts.SECRET)).isEmpty();
    }
}
