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

class AwsEntryPointsMappingTest {
    @TempDir
    Path dir;

    private static final String ALB = """
            resource "aws_lb" "web" {
              load_balancer_type = "application"
            }
            resource "aws_lb_target_group" "app" {
              port     = 8080
              protocol = "HTTP"
            }
            resource "aws_instance" "app" {
            }
            resource "aws_lb_target_group_attachment" "app" {
              target_group_arn = aws_lb_target_group.app.arn
              target_id        = aws_instance.app.id
            }
            resource "aws_lb_listener" "http" {
              load_balancer_arn = aws_lb.web.arn
              port              = 80
              protocol          = "HTTP"
              default_action {
                type             = "forward"
                target_group_arn = aws_lb_target_group.app.arn
              }
            }
            """;

    @Test
    void should_make_a_public_http_listener_an_unauthenticated_plaintext_entry_at_the_listener() {
        Model model = map(dir, ALB);

        Element lb = element(model, "aws_lb.web");
        assertThat(lb.type()).isEqualTo(ElementType.SERVER);
        assertThat(fact(lb, IacFacts.INTERNET_FACING)).startsWith("aws_lb_listener.http: listener of aws_lb.web");
        assertThat(line(lb, IacFacts.INTERNET_FACING)).isEqualTo(17);
        assertThat(fact(lb, IacFacts.AUTHENTICATED)).isEmpty();
        Element http = theFlow(model, "Internet", "aws_lb.web", "HTTP 80");
        assertThat(http.get("protocol")).isEqualTo("HTTP");
        assertThat(http.controls().is("isEncrypted")).isFalse();
        assertThat(fact(http, IacFacts.PLAINTEXT)).contains("aws_lb_listener.http", "without redirecting");
        assertThat(line(http, IacFacts.PLAINTEXT)).isEqualTo(17);
        assertThat(theFlow(model, "aws_lb.web", "aws_lb_target_group.app", "HTTP 8080").get("dstPort"))
                .isEqualTo(8080L);
        assertThat(theFlow(model, "aws_lb_target_group.app", "aws_instance.app", "HTTP 8080").location()
                .orElseThrow().line()).isEqualTo(13);
    }

    @Test
    void should_make_no_plaintext_flow_of_a_listener_that_only_redirects_to_https() {
        Model model = map(dir, ALB.replace("""
                  default_action {
                    type             = "forward"
                    target_group_arn = aws_lb_target_group.app.arn
                  }
                """, """
                  default_action {
                    type = "redirect"
                    redirect {
                      port        = "443"
                      protocol    = "HTTPS"
                      status_code = "HTTP_301"
                    }
                  }
                """) + """
                resource "aws_lb_listener" "https" {
                  load_balancer_arn = aws_lb.web.arn
                  port              = 443
                  protocol          = "HTTPS"
                  default_action {
                    type             = "forward"
                    target_group_arn = aws_lb_target_group.app.arn
                  }
                }
                """);

        assertThat(flow(model, "Internet", "aws_lb.web", "HTTP 80")).isEmpty();
        assertThat(model.dataflows()).noneMatch(f -> !fact(f, IacFacts.PLAINTEXT).isEmpty());
        Element https = theFlow(model, "Internet", "aws_lb.web", "HTTPS 443");
        assertThat(https.controls().is("isEncrypted")).isTrue();
        Element lb = element(model, "aws_lb.web");
        assertThat(fact(lb, IacFacts.INTERNET_FACING)).startsWith("aws_lb_listener.https: listener of aws_lb.web");
        assertThat(line(lb, IacFacts.INTERNET_FACING)).isEqualTo(https.location().orElseThrow().line());
    }

    @Test
    void should_mark_a_load_balancer_authenticated_when_its_listeners_authenticate() {
        Model model = map(dir, ALB.replace("""
                  default_action {
                    type             = "forward"
                """, """
                  default_action {
                    type = "authenticate-oidc"
                  }
                  default_action {
                    type             = "forward"
                """));

        Element lb = element(model, "aws_lb.web");
        assertThat(fact(lb, IacFacts.INTERNET_FACING)).isNotEmpty();
        assertThat(fact(lb, IacFacts.AUTHENTICATED)).contains("authenticate-");
        assertThat(line(lb, IacFacts.AUTHENTICATED)).isEqualTo(17);
        assertThat(lb.controls().is("authenticatesSource")).isTrue();
    }

    @Test
    void should_not_make_an_internal_load_balancer_internet_facing() {
        Model model = map(dir, ALB.replace("load_balancer_type = \"application\"",
                "load_balancer_type = \"application\"\n  internal = true"));

        assertThat(fact(element(model, "aws_lb.web"), IacFacts.INTERNET_FACING)).isEmpty();
        assertThat(flow(model, "Internet", "aws_lb.web", "HTTP 80")).isEmpty();
    }

    @Test
    void should_report_load_balancer_access_logs_off_unless_enabled() {
        Model model = map(dir, ALB + """
                resource "aws_lb" "logged" {
                  access_logs {
                    bucket  = "logs"
                    enabled = true
                  }
                }
                """);

        Element lb = element(model, "aws_lb.web");
        assertThat(fact(lb, IacFacts.NO_AUDIT_TRAIL)).isEqualTo("aws_lb.web: access_logs not configured");
        assertThat(line(lb, IacFacts.NO_AUDIT_TRAIL)).isEqualTo(4);
        assertThat(fact(element(model, "aws_lb.logged"), IacFacts.NO_AUDIT_TRAIL)).isEmpty();
    }

    @Test
    void should_map_a_classic_elb_listener_and_its_instances() {
        Model model = map(dir, """
                resource "aws_instance" "web" {
                }
                resource "aws_elb" "web" {
                  listener {
                    instance_port     = 8000
                    instance_protocol = "http"
                    lb_port           = 443
                    lb_protocol       = "https"
                  }
                  instances = [aws_instance.web.id]
                }
                """);

        Element elb = element(model, "aws_elb.web");
        assertThat(line(elb, IacFacts.INTERNET_FACING)).isEqualTo(7);
        assertThat(fact(theFlow(model, "Internet", "aws_elb.web", "HTTPS 443"), IacFacts.PLAINTEXT)).isEmpty();
        assertThat(theFlow(model, "aws_elb.web", "aws_instance.web", "HTTP 8000").get("dstPort")).isEqualTo(8000L);
    }

    private static final String REST_API = """
            resource "aws_api_gateway_rest_api" "api" {
              name = "api"
            }
            resource "aws_api_gateway_resource" "items" {
              rest_api_id = aws_api_gateway_rest_api.api.id
              path_part   = "items"
            }
            resource "aws_api_gateway_method" "get" {
              rest_api_id   = aws_api_gateway_rest_api.api.id
              resource_id   = aws_api_gateway_resource.items.id
              http_method   = "GET"
              authorization = "NONE"
            }
            resource "aws_lambda_function" "items" {
              function_name = "items"
            }
            resource "aws_api_gateway_integration" "get" {
              rest_api_id = aws_api_gateway_rest_api.api.id
              resource_id = aws_api_gateway_resource.items.id
              http_method = aws_api_gateway_method.get.http_method
              type        = "AWS_PROXY"
              uri         = aws_lambda_function.items.invoke_arn
            }
            """;

    @Test
    void should_make_a_rest_api_method_without_authorizer_an_unauthenticated_entry_at_the_method() {
        Model model = map(dir, REST_API);

        Element api = element(model, "aws_api_gateway_rest_api.api");
        assertThat(fact(api, IacFacts.INTERNET_FACING)).isEqualTo("aws_api_gateway_method.get: authorization = NONE"
                + " on a public API (aws_api_gateway_rest_api.api)");
        assertThat(line(api, IacFacts.INTERNET_FACING)).isEqualTo(15);
        assertThat(fact(api, IacFacts.AUTHENTICATED)).isEmpty();
        assertThat(theFlow(model, "Internet", "aws_api_gateway_rest_api.api", "HTTPS 443").controls()
                .is("isEncrypted")).isTrue();
        assertThat(theFlow(model, "aws_api_gateway_rest_api.api", "aws_lambda_function.items", "invokes")
                .location().orElseThrow().line()).isEqualTo(20);
    }

    @Test
    void should_mark_a_rest_api_authenticated_when_every_method_has_an_authorizer() {
        Model model = map(dir, REST_API.replace("authorization = \"NONE\"",
                "authorization = \"COGNITO_USER_POOLS\"\n  authorizer_id = aws_api_gateway_authorizer.users.id")
                + """
                resource "aws_api_gateway_authorizer" "users" {
                  rest_api_id = aws_api_gateway_rest_api.api.id
                  type        = "COGNITO_USER_POOLS"
                }
                """);

        Element api = element(model, "aws_api_gateway_rest_api.api");
        assertThat(fact(api, IacFacts.AUTHENTICATED)).contains("authorization = COGNITO_USER_POOLS");
        assertThat(line(api, IacFacts.AUTHENTICATED)).isEqualTo(15);
        assertThat(api.controls().is("authenticatesSource")).isTrue();
    }

    @Test
    void should_not_make_a_private_rest_api_internet_facing() {
        Model model = map(dir, REST_API.replace("name = \"api\"",
                "name = \"api\"\n  endpoint_configuration {\n    types = [\"PRIVATE\"]\n  }"));

        assertThat(fact(element(model, "aws_api_gateway_rest_api.api"), IacFacts.INTERNET_FACING)).isEmpty();
    }

    @Test
    void should_read_http_api_routes_and_integrations() {
        Model model = map(dir, """
                resource "aws_apigatewayv2_api" "http" {
                  protocol_type = "HTTP"
                }
                resource "aws_lambda_function" "fn" {
                }
                resource "aws_apigatewayv2_integration" "fn" {
                  api_id           = aws_apigatewayv2_api.http.id
                  integration_type = "AWS_PROXY"
                  integration_uri  = aws_lambda_function.fn.invoke_arn
                }
                resource "aws_apigatewayv2_route" "open" {
                  api_id    = aws_apigatewayv2_api.http.id
                  route_key = "GET /items"
                }
                resource "aws_apigatewayv2_route" "closed" {
                  api_id             = aws_apigatewayv2_api.http.id
                  route_key          = "POST /items"
                  authorization_type = "JWT"
                }
                """);

        Element api = element(model, "aws_apigatewayv2_api.http");
        assertThat(fact(api, IacFacts.INTERNET_FACING)).startsWith("aws_apigatewayv2_route.open: authorization_type"
                + " = NONE");
        assertThat(line(api, IacFacts.INTERNET_FACING)).isEqualTo(14);
        assertThat(flow(model, "aws_apigatewayv2_api.http", "aws_lambda_function.fn", "invokes")).isPresent();
    }

    @Test
    void should_make_a_function_url_internet_facing_and_authenticated_only_with_aws_iam() {
        Model model = map(dir, """
                resource "aws_lambda_function" "open" {
                }
                resource "aws_lambda_function" "iam" {
                }
                resource "aws_lambda_function_url" "open" {
                  function_name      = aws_lambda_function.open.function_name
                  authorization_type = "NONE"
                }
                resource "aws_lambda_function_url" "iam" {
                  function_name      = aws_lambda_function.iam.function_name
                  authorization_type = "AWS_IAM"
                }
                """);

        Element open = element(model, "aws_lambda_function.open");
        assertThat(open.type()).isEqualTo(ElementType.LAMBDA);
        assertThat(fact(open, IacFacts.INTERNET_FACING)).contains("aws_lambda_function_url.open: authorization_type"
                + " = NONE");
        assertThat(line(open, IacFacts.INTERNET_FACING)).isEqualTo(8);
        assertThat(fact(open, IacFacts.AUTHENTICATED)).isEmpty();
        Element iam = element(model, "aws_lambda_function.iam");
        assertThat(fact(iam, IacFacts.AUTHENTICATED)).contains("AWS_IAM");
        assertThat(line(iam, IacFacts.AUTHENTICATED)).isEqualTo(14);
    }

    @Test
    void should_make_event_sources_trigger_their_functions() {
        Model model = map(dir, """
                resource "aws_lambda_function" "fn" {
                }
                resource "aws_sqs_queue" "jobs" {
                }
                resource "aws_sns_topic" "news" {
                }
                resource "aws_s3_bucket" "uploads" {
                }
                resource "aws_lambda_event_source_mapping" "jobs" {
                  event_source_arn = aws_sqs_queue.jobs.arn
                  function_name    = aws_lambda_function.fn.arn
                }
                resource "aws_sns_topic_subscription" "news" {
                  topic_arn = aws_sns_topic.news.arn
                  protocol  = "lambda"
                  endpoint  = aws_lambda_function.fn.arn
                }
                resource "aws_s3_bucket_notification" "uploads" {
                  bucket = aws_s3_bucket.uploads.id
                  lambda_function {
                    lambda_function_arn = aws_lambda_function.fn.arn
                    events              = ["s3:ObjectCreated:*"]
                  }
                }
                """);

        assertThat(theFlow(model, "aws_sqs_queue.jobs", "aws_lambda_function.fn", "triggers").location()
                .orElseThrow().line()).isEqualTo(12);
        assertThat(flow(model, "aws_sns_topic.news", "aws_lambda_function.fn", "triggers")).isPresent();
        assertThat(theFlow(model, "aws_s3_bucket.uploads", "aws_lambda_function.fn", "triggers").location()
                .orElseThrow().line()).isEqualTo(23);
    }

    @Test
    void should_make_cloudfront_internet_facing_and_plaintext_only_when_it_allows_http() {
        Model model = map(dir, """
                resource "aws_s3_bucket" "site" {
                }
                resource "aws_cloudfront_distribution" "cdn" {
                  origin {
                    domain_name = aws_s3_bucket.site.bucket_regional_domain_name
                    origin_id   = "site"
                  }
                  default_cache_behavior {
                    viewer_protocol_policy = "allow-all"
                  }
                }
                resource "aws_cloudfront_distribution" "tls" {
                  default_cache_behavior {
                    viewer_protocol_policy = "redirect-to-https"
                  }
                }
                """);

        Element cdn = element(model, "aws_cloudfront_distribution.cdn");
        assertThat(line(cdn, IacFacts.INTERNET_FACING)).isEqualTo(6);
        assertThat(line(theFlow(model, "Internet", cdn.name(), "HTTP 80"), IacFacts.PLAINTEXT)).isEqualTo(11);
        assertThat(flow(model, cdn.name(), "aws_s3_bucket.site", "origin")).isPresent();
        assertThat(flow(model, "Internet", "aws_cloudfront_distribution.tls", "HTTP 80")).isEmpty();
    }
}
