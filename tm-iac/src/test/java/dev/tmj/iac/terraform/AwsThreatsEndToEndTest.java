package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsTesting.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Model;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terraform → AWS mapping → the IaC threat library ({@code builtin:iac}): each threat the AWS mapping serves
 * (IAC01-IAC07, IAC10) is found on a fixture that shows the problem, at the line of the block that causes it, and is
 * not found on the same fixture with the mitigation.
 */
class AwsThreatsEndToEndTest {
    private static final ThreatLibrary IAC = ThreatLibrary.builtIn("iac");

    @TempDir
    Path dir;

    /** "SID target file:line" of each finding of a threat. */
    private List<String> found(String terraform, String sid) {
        Model model = map(dir, terraform);
        return Resolver.resolve(model, IAC).findings().stream().filter(f -> f.threatId().equals(sid))
                .map(AwsThreatsEndToEndTest::describe).toList();
    }

    private static String describe(Finding finding) {
        String at = finding.location().map(l -> l.file().substring(l.file().lastIndexOf('/') + 1) + ":" + l.line())
                .orElse("?");
        return finding.threatId() + " " + finding.target() + " " + at;
    }

    private static final String API = """
            resource "aws_api_gateway_rest_api" "api" {
            }
            resource "aws_api_gateway_method" "get" {
              rest_api_id   = aws_api_gateway_rest_api.api.id
              http_method   = "GET"
              authorization = "NONE"
            }
            """;

    @Test
    void should_find_iac01_at_a_method_without_authorizer_and_not_with_one() {
        assertThat(found(API, "IAC01")).containsExactly("IAC01 aws_api_gateway_rest_api.api main.tf:9");
        assertThat(found(API.replace("\"NONE\"", "\"AWS_IAM\""), "IAC01")).isEmpty();
    }

    private static final String LISTENER = """
            resource "aws_lb" "web" {
              access_logs {
                bucket  = "logs"
                enabled = true
              }
            }
            resource "aws_lb_listener" "http" {
              load_balancer_arn = aws_lb.web.arn
              port              = 80
              protocol          = "HTTP"
              default_action {
                type = "forward"
              }
            }
            """;

    @Test
    void should_find_iac02_at_an_http_listener_that_forwards_and_not_at_one_that_redirects() {
        assertThat(found(LISTENER, "IAC02")).containsExactly("IAC02 HTTP 80 main.tf:10");
        assertThat(found(LISTENER.replace("type = \"forward\"", "type = \"redirect\""), "IAC02")).isEmpty();
    }

    private static final String ROLE = """
            resource "aws_iam_role" "app" {
            }
            resource "aws_iam_role_policy_attachment" "admin" {
              role       = aws_iam_role.app.name
              policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
            }
            """;

    @Test
    void should_find_iac03_at_an_administrator_attachment_and_not_at_a_read_only_one() {
        assertThat(found(ROLE, "IAC03")).containsExactly("IAC03 aws_iam_role.app main.tf:6");
        assertThat(found(ROLE.replace("AdministratorAccess", "ReadOnlyAccess"), "IAC03")).isEmpty();
    }

    private static final String PASSWORD = """
            variable "password" {
              default = "Aa1234321Bb"
            }
            resource "aws_db_instance" "db" {
              password          = var.password
              storage_encrypted = true
            }
            """;

    @Test
    void should_find_iac04_at_the_variable_holding_a_password_and_not_for_a_generated_one() {
        Model model = map(dir, PASSWORD);
        List<Finding> findings = Resolver.resolve(model, IAC).findings().stream()
                .filter(f -> f.threatId().equals("IAC04")).toList();
        assertThat(findings).extracting(AwsThreatsEndToEndTest::describe)
                .containsExactly("IAC04 aws_db_instance.db main.tf:4");
        assertThat(findings.get(0).details()).endsWith("Cause: aws_db_instance.db: password is the literal default"
                + " of variable password").doesNotContain("Aa1234321Bb");
        assertThat(found(PASSWORD.replace("var.password", "random_password.p.result"), "IAC04")).isEmpty();
    }

    private static final String BUCKET = """
            resource "aws_s3_bucket" "site" {
              acl = "public-read"
              server_side_encryption_configuration {
                rule {
                  apply_server_side_encryption_by_default {
                    sse_algorithm = "AES256"
                  }
                }
              }
              logging {
                target_bucket = "logs"
              }
            }
            """;

    @Test
    void should_find_iac05_at_a_public_acl_and_not_behind_a_public_access_block() {
        assertThat(found(BUCKET, "IAC05")).containsExactly("IAC05 aws_s3_bucket.site main.tf:5");
        assertThat(found(BUCKET + """
                resource "aws_s3_bucket_public_access_block" "site" {
                  bucket                  = aws_s3_bucket.site.id
                  block_public_acls       = true
                  ignore_public_acls      = true
                  block_public_policy     = true
                  restrict_public_buckets = true
                }
                """, "IAC05")).isEmpty();
    }

    private static final String SSH = """
            resource "aws_security_group" "ssh" {
              ingress {
                from_port   = 22
                to_port     = 22
                protocol    = "tcp"
                cidr_blocks = ["0.0.0.0/0"]
              }
            }
            resource "aws_instance" "bastion" {
              vpc_security_group_ids = [aws_security_group.ssh.id]
            }
            """;

    @Test
    void should_find_iac06_at_the_ingress_block_opening_ssh_and_not_when_it_is_open_to_a_private_range() {
        assertThat(found(SSH, "IAC06")).containsExactly("IAC06 aws_instance.bastion main.tf:5");
        assertThat(found(SSH.replace("0.0.0.0/0", "10.0.0.0/8"), "IAC06")).isEmpty();
    }

    @Test
    void should_find_iac07_at_an_unencrypted_database_and_not_at_an_encrypted_one() {
        String db = """
                resource "aws_db_instance" "db" {
                  storage_encrypted = false
                }
                """;
        assertThat(found(db, "IAC07")).containsExactly("IAC07 aws_db_instance.db main.tf:4");
        assertThat(found(db.replace("false", "true"), "IAC07")).isEmpty();
    }

    @Test
    void should_find_iac10_on_the_account_without_cloudtrail_and_not_with_a_multi_region_trail() {
        String trail = """
                resource "aws_cloudtrail" "all" {
                  s3_bucket_name        = "trail"
                  is_multi_region_trail = true
                }
                """;
        assertThat(found("", "IAC10")).containsExactly("IAC10 AWS account main.tf:1");
        assertThat(found(trail, "IAC10")).isEmpty();
        assertThat(found(trail.replace("true", "false"), "IAC10")).containsExactly("IAC10 AWS account main.tf:4");
    }

    @Test
    void should_find_iac10_on_a_load_balancer_without_access_logs_and_not_with_them() {
        String trail = "resource \"aws_cloudtrail\" \"t\" {\n  is_multi_region_trail = true\n}\n";
        assertThat(found(trail + LISTENER.replace("enabled = true", "enabled = false"), "IAC10"))
                .containsExactly("IAC10 aws_lb.web main.tf:8");
        assertThat(found(trail + LISTENER, "IAC10")).isEmpty();
    }
}
