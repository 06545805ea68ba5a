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

class AwsNetworkMappingTest {
    @TempDir
    Path dir;

    private static final String NETWORK = """
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            resource "aws_subnet" "mapped" {
              vpc_id                  = aws_vpc.main.id
              map_public_ip_on_launch = true
            }
            resource "aws_subnet" "routed" {
              vpc_id = aws_vpc.main.id
            }
            resource "aws_subnet" "private" {
              vpc_id = aws_vpc.main.id
            }
            resource "aws_internet_gateway" "igw" {
              vpc_id = aws_vpc.main.id
            }
            resource "aws_route_table" "public" {
              vpc_id = aws_vpc.main.id
            }
            resource "aws_route" "out" {
              route_table_id         = aws_route_table.public.id
              destination_cidr_block = "0.0.0.0/0"
              gateway_id             = aws_internet_gateway.igw.id
            }
            resource "aws_route_table_association" "routed" {
              subnet_id      = aws_subnet.routed.id
              route_table_id = aws_route_table.public.id
            }
            """;

    @Test
    void should_make_vpcs_and_subnets_boundaries_and_tell_public_subnets_from_private_ones() {
        Model model = map(dir, NETWORK);

        Element vpc = element(model, "aws_vpc.main");
        assertThat(vpc.type()).isEqualTo(ElementType.BOUNDARY);
        assertThat(vpc.inBoundary()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("AWS account"));
        assertThat(vpc.location().orElseThrow().line()).isEqualTo(4);
        assertThat(element(model, "aws_subnet.mapped").inBoundary()).contains(vpc);
        assertThat(element(model, "aws_subnet.mapped").get("description")).asString()
                .startsWith("public subnet").contains("map_public_ip_on_launch");
        assertThat(element(model, "aws_subnet.routed").get("description")).asString()
                .startsWith("public subnet").contains("aws_route_table.public", "aws_route.out");
        assertThat(element(model, "aws_subnet.private").get("description")).isEqualTo("private subnet");
        assertThat(element(model, "aws_internet_gateway.igw").inBoundary()).contains(vpc);
    }

    @Test
    void should_place_a_resource_in_the_subnet_it_names_else_the_vpc_of_its_subnets() {
        Model model = map(dir, NETWORK + """
                resource "aws_instance" "one" {
                  subnet_id = aws_subnet.private.id
                }
                resource "aws_lambda_function" "two" {
                  vpc_config {
                    subnet_ids = [aws_subnet.private.id, aws_subnet.routed.id]
                  }
                }
                resource "aws_s3_bucket" "none" {
                }
                """);

        assertThat(element(model, "aws_instance.one").inBoundary().orElseThrow().name())
                .isEqualTo("aws_subnet.private");
        assertThat(element(model, "aws_lambda_function.two").inBoundary().orElseThrow().name())
                .isEqualTo("aws_vpc.main");
        assertThat(element(model, "aws_s3_bucket.none").inBoundary().orElseThrow().name()).isEqualTo("AWS account");
    }

    private static final String OPEN_SSH = """
            resource "aws_security_group" "web" {
              ingress {
                from_port   = 443
                to_port     = 443
                protocol    = "tcp"
                cidr_blocks = ["10.0.0.0/8"]
              }
              ingress {
                from_port   = 22
                to_port     = 22
                protocol    = "tcp"
                cidr_blocks = ["0.0.0.0/0"]
              }
            }
            resource "aws_instance" "web" {
              vpc_security_group_ids = [aws_security_group.web.id]
            }
            """;

    @Test
    void should_make_an_internet_flow_and_an_admin_port_fact_at_the_ingress_block_open_to_the_internet() {
        Model model = map(dir, OPEN_SSH);

        Element web = element(model, "aws_instance.web");
        Element ssh = theFlow(model, "Internet", "aws_instance.web", "TCP 22");
        assertThat(ssh.get("dstPort")).isEqualTo(22L);
        assertThat(ssh.get("protocol")).isEqualTo("TCP");
        assertThat(ssh.location().orElseThrow().line()).isEqualTo(11);
        assertThat(fact(web, IacFacts.ADMIN_PORT)).isEqualTo(
                "aws_security_group.web: ingress[1] opens port 22 to 0.0.0.0/0 (administrative port 22)");
        assertThat(line(web, IacFacts.ADMIN_PORT)).isEqualTo(11);
        // no public IP: reachable by the rule, but not an Internet-facing entry point
        assertThat(fact(web, IacFacts.INTERNET_FACING)).isEmpty();
    }

    @Test
    void should_make_no_flow_and_no_fact_from_ingress_open_only_inside_the_network() {
        Model model = map(dir, OPEN_SSH.replace("0.0.0.0/0", "10.1.0.0/16"));

        Element web = element(model, "aws_instance.web");
        assertThat(model.dataflows()).isEmpty();
        assertThat(fact(web, IacFacts.ADMIN_PORT)).isEmpty();
    }

    @Test
    void should_read_security_group_rule_resources_and_vpc_ingress_rules_with_ipv6() {
        Model model = map(dir, """
                resource "aws_security_group" "db" {
                }
                resource "aws_security_group_rule" "rdp" {
                  type              = "ingress"
                  from_port         = 3389
                  to_port           = 3389
                  protocol          = "tcp"
                  cidr_blocks       = ["0.0.0.0/0"]
                  security_group_id = aws_security_group.db.id
                }
                resource "aws_vpc_security_group_ingress_rule" "mysql" {
                  security_group_id = aws_security_group.db.id
                  cidr_ipv6         = "::/0"
                  from_port         = 3306
                  to_port           = 3306
                  ip_protocol       = "tcp"
                }
                resource "aws_db_instance" "db" {
                  vpc_security_group_ids = [aws_security_group.db.id]
                }
                resource "aws_instance" "win" {
                  vpc_security_group_ids = [aws_security_group.db.id]
                  associate_public_ip_address = true
                }
                """);

        Element db = element(model, "aws_db_instance.db");
        assertThat(fact(db, IacFacts.PUBLIC_DATA)).startsWith("aws_security_group_rule.rdp: ingress to"
                + " aws_security_group.db opens port 3389 to 0.0.0.0/0");
        assertThat(line(db, IacFacts.PUBLIC_DATA)).isEqualTo(6);
        assertThat(theFlow(model, "Internet", "aws_db_instance.db", "TCP 3306").location().orElseThrow().line())
                .isEqualTo(14);
        Element win = element(model, "aws_instance.win");
        assertThat(fact(win, IacFacts.ADMIN_PORT)).contains("3389");
        assertThat(fact(win, IacFacts.INTERNET_FACING)).contains("aws_instance.win, which has a public IP");
        assertThat(line(win, IacFacts.INTERNET_FACING)).isEqualTo(6);
    }

    @Test
    void should_mark_http_from_the_internet_plaintext_and_https_encrypted() {
        Model model = map(dir, """
                resource "aws_security_group" "web" {
                  ingress {
                    from_port   = 80
                    to_port     = 80
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                  ingress {
                    from_port   = 443
                    to_port     = 443
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                resource "aws_instance" "web" {
                  vpc_security_group_ids = [aws_security_group.web.id]
                }
                """);

        Element http = theFlow(model, "Internet", "aws_instance.web", "HTTP 80");
        assertThat(fact(http, IacFacts.PLAINTEXT)).contains("opens port 80 to 0.0.0.0/0");
        assertThat(line(http, IacFacts.PLAINTEXT)).isEqualTo(5);
        Element https = theFlow(model, "Internet", "aws_instance.web", "HTTPS 443");
        assertThat(fact(https, IacFacts.PLAINTEXT)).isEmpty();
        assertThat(https.controls().is("isEncrypted")).isTrue();
        assertThat(fact(element(model, "aws_instance.web"), IacFacts.ADMIN_PORT)).isEmpty();
    }

    @Test
    void should_count_a_rule_for_every_port_as_opening_the_admin_ports() {
        Model model = map(dir, """
                resource "aws_security_group" "all" {
                  ingress {
                    from_port   = 0
                    to_port     = 0
                    protocol    = "-1"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                resource "aws_instance" "any" {
                  vpc_security_group_ids = [aws_security_group.all.id]
                }
                """);

        assertThat(fact(element(model, "aws_instance.any"), IacFacts.ADMIN_PORT)).contains("every port");
        assertThat(flow(model, "Internet", "aws_instance.any", "all traffic")).isPresent();
    }

    @Test
    void should_mark_a_public_eks_endpoint_an_admin_port_unless_it_is_private_or_narrowed() {
        Model model = map(dir, """
                resource "aws_eks_cluster" "open" {
                  vpc_config {
                    subnet_ids = []
                  }
                }
                resource "aws_eks_cluster" "closed" {
                  vpc_config {
                    endpoint_public_access = false
                  }
                }
                resource "aws_eks_cluster" "narrow" {
                  vpc_config {
                    public_access_cidrs = ["203.0.113.0/24"]
                  }
                }
                """);

        Element open = element(model, "aws_eks_cluster.open");
        assertThat(fact(open, IacFacts.ADMIN_PORT)).contains("endpoint_public_access", "cluster API");
        assertThat(line(open, IacFacts.ADMIN_PORT)).isEqualTo(5);
        assertThat(fact(element(model, "aws_eks_cluster.closed"), IacFacts.ADMIN_PORT)).isEmpty();
        assertThat(fact(element(model, "aws_eks_cluster.narrow"), IacFacts.ADMIN_PORT)).isEmpty();
    }

    @Test
    void should_map_the_same_configuration_to_the_same_elements_flows_and_facts_in_the_same_order(
            @TempDir Path other) {
        String terraform = NETWORK + OPEN_SSH.replace("resource \"aws_instance\" \"web\" {",
                "resource \"aws_instance\" \"web\" {\n  subnet_id = aws_subnet.mapped.id");

        java.util.List<String> first = TerragoatAwsMappingTest.snapshot(map(dir, terraform));
        java.util.List<String> second = TerragoatAwsMappingTest.snapshot(map(other, terraform));

        assertThat(first).hasSizeGreaterThan(8).containsExactlyElementsOf(
                second.stream().map(line -> line.replace(other.toString(), dir.toString())).toList());
    }
}
