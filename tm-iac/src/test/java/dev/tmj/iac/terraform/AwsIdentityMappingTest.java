package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsTesting.element;
import static dev.tmj.iac.terraform.AwsTesting.fact;
import static dev.tmj.iac.terraform.AwsTesting.flow;
import static dev.tmj.iac.terraform.AwsTesting.line;
import static dev.tmj.iac.terraform.AwsTesting.map;
import static dev.tmj.iac.terraform.AwsTesting.theFlow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsIdentityMappingTest {
    @TempDir
    Path dir;

    private static final String ROLE = """
            resource "aws_iam_role" "app" {
              name = "app"
            }
            resource "aws_iam_instance_profile" "app" {
              role = aws_iam_role.app.name
            }
            resource "aws_instance" "app" {
              iam_instance_profile = aws_iam_instance_profile.app.name
            }
            resource "aws_s3_bucket" "data" {
            }
            resource "aws_dynamodb_table" "orders" {
            }
            """;

    @Test
    void should_mark_a_role_with_a_star_action_permissive_at_its_policy() {
        Model model = map(dir, ROLE + """
                resource "aws_iam_role_policy" "all" {
                  role   = aws_iam_role.app.id
                  policy = <<EOF
                {
                  "Version": "2012-10-17",
                  "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
                }
                EOF
                }
                """);

        Element role = element(model, "aws_iam_role.app");
        assertThat(role.type()).isEqualTo(ElementType.ELEMENT);
        assertThat(fact(role, IacFacts.PERMISSIVE)).isEqualTo("aws_iam_role_policy.all: allows * on Resource *");
        assertThat(line(role, IacFacts.PERMISSIVE)).isEqualTo(17);
        assertThat(flow(model, "aws_instance.app", "aws_s3_bucket.data", "reads")).isPresent();
        assertThat(theFlow(model, "aws_instance.app", "aws_dynamodb_table.orders", "writes").location()
                .orElseThrow().line()).isEqualTo(17);
    }

    @Test
    void should_read_policy_documents_and_give_a_workload_a_flow_to_the_bucket_its_role_may_read() {
        Model model = map(dir, ROLE + """
                data "aws_iam_policy_document" "read" {
                  statement {
                    actions   = ["s3:GetObject", "s3:ListBucket"]
                    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
                  }
                }
                resource "aws_iam_policy" "read" {
                  policy = data.aws_iam_policy_document.read.json
                }
                resource "aws_iam_role_policy_attachment" "read" {
                  role       = aws_iam_role.app.name
                  policy_arn = aws_iam_policy.read.arn
                }
                """);

        Element reads = theFlow(model, "aws_instance.app", "aws_s3_bucket.data", "reads");
        assertThat(reads.location().orElseThrow().line()).isEqualTo(23); // the aws_iam_policy
        assertThat(flow(model, "aws_instance.app", "aws_s3_bucket.data", "writes")).isEmpty();
        assertThat(flow(model, "aws_instance.app", "aws_dynamodb_table.orders", "reads")).isEmpty();
        assertThat(fact(element(model, "aws_iam_role.app"), IacFacts.PERMISSIVE)).isEmpty();
    }

    @Test
    void should_mark_a_whole_service_on_every_resource_permissive_in_a_policy_document() {
        Model model = map(dir, ROLE + """
                data "aws_iam_policy_document" "s3" {
                  statement {
                    actions   = ["s3:*"]
                    resources = ["*"]
                  }
                }
                resource "aws_iam_role_policy" "s3" {
                  role   = aws_iam_role.app.id
                  policy = data.aws_iam_policy_document.s3.json
                }
                """);

        Element role = element(model, "aws_iam_role.app");
        assertThat(fact(role, IacFacts.PERMISSIVE)).isEqualTo("aws_iam_role_policy.s3: allows s3:* on Resource *");
        assertThat(line(role, IacFacts.PERMISSIVE)).isEqualTo(23);
        assertThat(flow(model, "aws_instance.app", "aws_s3_bucket.data", "writes")).isPresent();
    }

    @Test
    void should_mark_administrator_access_attached_to_a_role_permissive_at_the_attachment() {
        Model model = map(dir, ROLE + """
                resource "aws_iam_role_policy_attachment" "admin" {
                  role       = aws_iam_role.app.name
                  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
                }
                resource "aws_iam_role" "narrow" {
                }
                resource "aws_iam_role_policy_attachment" "ro" {
                  role       = aws_iam_role.narrow.name
                  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
                }
                """);

        Element role = element(model, "aws_iam_role.app");
        assertThat(fact(role, IacFacts.PERMISSIVE)).contains("aws_iam_role_policy_attachment.admin",
                "AdministratorAccess");
        assertThat(line(role, IacFacts.PERMISSIVE)).isEqualTo(17);
        assertThat(fact(element(model, "aws_iam_role.narrow"), IacFacts.PERMISSIVE)).isEmpty();
    }

    @Test
    void should_mark_a_user_with_an_inline_wildcard_policy_permissive_and_a_lambda_role_reads_its_secret() {
        Model model = map(dir, """
                resource "aws_iam_user" "ci" {
                }
                resource "aws_iam_user_policy" "ci" {
                  user   = aws_iam_user.ci.name
                  policy = jsonencode({
                    Statement = [{ Effect = "Allow", Action = ["ec2:*"], Resource = "*" }]
                  })
                }
                resource "aws_iam_role" "fn" {
                  inline_policy {
                    name   = "secret"
                    policy = jsonencode({
                      Statement = [{ Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "*" }]
                    })
                  }
                }
                resource "aws_lambda_function" "fn" {
                  role = aws_iam_role.fn.arn
                }
                resource "aws_secretsmanager_secret" "db" {
                }
                """);

        Element user = element(model, "aws_iam_user.ci");
        assertThat(user.type()).isEqualTo(ElementType.ACTOR);
        assertThat(fact(user, IacFacts.PERMISSIVE)).isEqualTo("aws_iam_user_policy.ci: allows ec2:* on Resource *");
        assertThat(line(user, IacFacts.PERMISSIVE)).isEqualTo(6);
        assertThat(theFlow(model, "aws_lambda_function.fn", "aws_secretsmanager_secret.db", "reads").location()
                .orElseThrow().line()).isEqualTo(13);
        assertThat(fact(element(model, "aws_iam_role.fn"), IacFacts.PERMISSIVE)).isEmpty();
    }

    @Test
    void should_report_a_missing_cloudtrail_on_the_account_at_the_provider_block() {
        Model model = map(dir, "resource \"aws_s3_bucket\" \"b\" {\n}\n");

        Element account = element(model, "AWS account");
        assertThat(fact(account, IacFacts.NO_AUDIT_TRAIL)).startsWith("no aws_cloudtrail resource");
        assertThat(line(account, IacFacts.NO_AUDIT_TRAIL)).isEqualTo(1);
    }

    @Test
    void should_report_a_single_region_trail_at_the_trail_and_nothing_for_a_multi_region_one() {
        Model single = map(dir, """
                resource "aws_cloudtrail" "main" {
                  s3_bucket_name = "trail"
                }
                """);
        assertThat(fact(element(single, "AWS account"), IacFacts.NO_AUDIT_TRAIL))
                .isEqualTo("aws_cloudtrail.main: is_multi_region_trail is not true");
        assertThat(line(element(single, "AWS account"), IacFacts.NO_AUDIT_TRAIL)).isEqualTo(4);

        Model multi = map(dir, """
                resource "aws_cloudtrail" "main" {
                  s3_bucket_name        = "trail"
                  is_multi_region_trail = true
                }
                """);
        assertThat(fact(element(multi, "AWS account"), IacFacts.NO_AUDIT_TRAIL)).isEmpty();
    }
}
