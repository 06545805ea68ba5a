package dev.tmj.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tmj.iac.hcl.HclException;
import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.Declarations.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformConfigTest {
    @TempDir
    Path dir;

    private Path write(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    private Resource resource(TerraformConfig config, String address) {
        return config.resource(address).orElseThrow(() -> new AssertionError("no " + address + " in "
                + config.resources().stream().map(Resource::address).toList()));
    }

    @Test
    void should_evaluate_variables_locals_and_interpolations_into_attributes() throws IOException {
        write("main.tf", """
                variable "env" { default = "dev" }
                variable "port" {
                  default = 8080
                }
                locals {
                  name   = "shop-${var.env}"
                  ports  = [var.port, 443]
                }
                resource "aws_lb_listener" "web" {
                  port     = local.ports[1]
                  protocol = upper("https")
                  tags     = { Name = local.name }
                }
                """);

        TerraformConfig config = TerraformConfig.read(dir);

        BlockValue web = resource(config, "aws_lb_listener.web").body();
        assertThat(web.value("port")).contains(Value.of(443));
        assertThat(web.value("protocol")).contains(Value.of("HTTPS"));
        assertThat(web.value("tags")).contains(Value.object("Name", Value.of("shop-dev")));
        assertThat(web.attribute("protocol").orElseThrow().position().line()).isEqualTo(11);
        assertThat(web.position().line()).isEqualTo(9);
        assertThat(web.position().file()).endsWith("main.tf");
        assertThat(config.locals()).extracting(Declarations.Local::name).containsExactly("name", "ports");
        assertThat(config.variables()).extracting(Declarations.Variable::value).containsExactly(Value.of("dev"), Value.of(8080));
    }

    @Test
    void should_take_variables_from_the_caller_over_auto_tfvars_over_terraform_tfvars_over_defaults() throws IOException {
        write("main.tf", """
                variable "a" { default = "default" }
                variable "b" { default = "default" }
                variable "c" { default = "default" }
                variable "d" { default = "default" }
                variable "e" {}
                """);
        write("terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\n");
        write("x.auto.tfvars", "c = \"auto\"\nd = \"auto\"\n");

        TerraformConfig config = TerraformConfig.read(dir, Map.of("d", Value.of("caller")));

        assertThat(config.variables()).extracting(Declarations.Variable::value).containsExactly(Value.of("default"),
                Value.of("tfvars"), Value.of("auto"), Value.of("caller"),
                new Value.Unknown("the variable e has no default and no value was given"));
        assertThat(config.files()).hasSize(3);
    }

    @Test
    void should_expand_a_known_count_and_for_each_into_instances() throws IOException {
        write("main.tf", """
                variable "names" { default = ["b", "a"] }
                resource "aws_instance" "app" {
                  count = 2
                  name  = "app-${count.index}"
                }
                resource "aws_s3_bucket" "b" {
                  for_each = toset(var.names)
                  bucket   = "bucket-${each.key}"
                }
                resource "aws_sqs_queue" "q" {
                  for_each = { orders = 10, mails = 20 }
                  delay    = each.value
                }
                resource "aws_instance" "none" {
                  count = 0
                }
                """);

        TerraformConfig config = TerraformConfig.read(dir);

        assertThat(config.resources()).extracting(Resource::address).containsExactly("aws_instance.app[0]",
                "aws_instance.app[1]", "aws_s3_bucket.b[\"a\"]", "aws_s3_bucket.b[\"b\"]", "aws_sqs_queue.q[\"mails\"]",
                "aws_sqs_queue.q[\"orders\"]");
        assertThat(resource(config, "aws_instance.app[1]").body().value("name")).contains(Value.of("app-1"));
        assertThat(resource(config, "aws_instance.app[1]").key()).isEqualTo(Value.of(1));
        assertThat(resource(config, "aws_s3_bucket.b[\"a\"]").body().value("bucket")).contains(Value.of("bucket-a"));
        assertThat(resource(config, "aws_sqs_queue.q[\"orders\"]").body().value("delay")).contains(Value.of(10));
        assertThat(resource(config, "aws_sqs_queue.q[\"orders\"]").baseAddress()).isEqualTo("aws_sqs_queue.q");
    }

    @Test
    void should_read_an_unknown_count_as_one_instance_with_a_note() throws IOException {
        write("main.tf", """
                data "aws_availability_zones" "az" {}
                resource "aws_subnet" "s" {
                  count = length(data.aws_availability_zones.az.names)
                  cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)
                }
                """);

        TerraformConfig config = TerraformConfig.read(dir);

        assertThat(resource(config, "aws_subnet.s").body().value("cidr_block").orElseThrow())
                .isEqualTo(new Value.Unknown("count is used outside a block with count"));
        assertThat(config.notes()).extracting(Note::message).containsExactly("the count of aws_subnet.s is not known "
                + "statically (data.aws_availability_zones is read by Terraform when it runs; tmj reads no data source);"
                + " read as one instance without an index");
        assertThat(config.notes().get(0).position().line()).isEqualTo(3);
    }

    @Test
    void should_record_references_directly_through_locals_and_not_iterator_names() throws IOException {
        write("main.tf", """
                locals {
                  sg = aws_security_group.web.id
                }
                resource "aws_security_group" "web" {
                  dynamic "ingress" {
                    for_each = [22, 443]
                    content {
                      from_port = ingress.value
                    }
                  }
                }
                resource "aws_security_group" "db" {}
                resource "aws_instance" "app" {
                  vpc_security_group_ids = [local.sg]
                  subnet_id = data.aws_subnet.main.id
                  other     = [for s in [aws_security_group.db] : s.id]
                  user_data = "${module.cfg.text} %{ for ingress in [1] }${ingress}%{ endfor }"
                  depends_on = [aws_security_group.db]
                }
                data "aws_subnet" "main" {}
                module "cfg" {
                  source = "./cfg"
                }
                """);
        write("cfg/main.tf", "output \"text\" { value = \"x\" }\n");

        TerraformConfig config = TerraformConfig.read(dir);

        assertThat(resource(config, "aws_instance.app").references()).containsExactly("aws_security_group.db",
                "aws_security_group.web", "data.aws_subnet.main", "module.cfg");
        assertThat(resource(config, "aws_security_group.web").references()).isEmpty();
        assertThat(resource(config, "aws_security_group.web").body().blocks("ingress"))
                .extracting(b -> b.value("from_port").orElseThrow()).containsExactly(Value.of(22), Value.of(443));
        assertThat(resource(config, "aws_security_group.web").body().blocks("ingress").get(0).position().line()).isEqualTo(5);
    }

    @Test
    void should_follow_local_modules_with_their_inputs_and_prefix_their_addresses() throws IOException {
        write("main.tf", """
                resource "aws_vpc" "main" {}
                module "db" {
                  source   = "./modules/db"
                  name     = "orders"
                  vpc_id   = aws_vpc.main.id
                }
                module "many" {
                  count  = 2
                  source = "./modules/db"
                  name   = "n${count.index}"
                }
                """);
        write("modules/db/main.tf", """
                variable "name" {}
                variable "vpc_id" { default = null }
                resource "aws_db_instance" "main" {
                  identifier = var.name
                  vpc        = var.vpc_id
                }
                """);

        TerraformConfig config = TerraformConfig.read(dir);

        assertThat(config.resources()).extracting(Resource::address).containsExactly("aws_vpc.main",
                "module.db.aws_db_instance.main", "module.many[0].aws_db_instance.main",
                "module.many[1].aws_db_instance.main");
        Resource db = resource(config, "module.db.aws_db_instance.main");
        assertThat(db.module()).isEqualTo("module.db");
        assertThat(db.body().value("identifier")).contains(Value.of("orders"));
        assertThat(db.references()).containsExactly("aws_vpc.main");
        assertThat(db.position().file()).endsWith("modules/db/main.tf");
        assertThat(db.position().line()).isEqualTo(3);
        assertThat(resource(config, "module.many[1].aws_db_instance.main").body().value("identifier")).contains(Value.of("n1"));
        assertThat(config.modules()).extracting(Declarations.ModuleCall::address).containsExactly("module.db",
                "module.many[0]", "module.many[1]");
    }

    @Test
    void should_note_remote_modules_cycles_data_sources_and_provisioners_without_running_or_fetching_them()
            throws IOException {
        write("main.tf", """
                module "vpc" {
                  source = "terraform-aws-modules/vpc/aws"
                }
                module "loop" {
                  source = "./loop"
                }
                data "http" "ip" {
                  url = "https://example.com/ip"
                }
                data "external" "x" {
                  program = ["sh", "-c", "rm -rf /"]
                }
                resource "null_resource" "p" {
                  provisioner "local-exec" {
                    command = "curl evil"
                  }
                }
                """);
        write("loop/main.tf", "module \"back\" {\n  source = \"../\"\n}\n");

        TerraformConfig config = TerraformConfig.read(dir);

        assertThat(config.notes()).extracting(Note::message).containsExactly(
                "data.http.ip is not read: tmj fetches nothing and runs nothing",
                "data.external.x is not read: tmj fetches nothing and runs nothing",
                "provisioner \"local-exec\" of null_resource.p is not run: tmj runs nothing",
                "module.vpc comes from \"terraform-aws-modules/vpc/aws\", which is not a local folder: tmj downloads nothing; not read",
                "module.loop.module.back: the source ../ leads back to a module being read; not followed");
        assertThat(resource(config, "null_resource.p").body().blocks()).isEmpty();
        assertThat(config.modules()).extracting(Declarations.ModuleCall::followed).containsExactly(false, true, false);
    }

    @Test
    void should_keep_providers_and_outputs_with_their_positions() throws IOException {
        write("providers.tf", "\nprovider \"aws\" {\n  region = \"eu-west-1\"\n}\noutput \"o\" {\n  value = 1 + 1\n  sensitive = true\n}\n");

        TerraformConfig config = TerraformConfig.read(dir);

        assertThat(config.providers()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.body().value("region")).contains(Value.of("eu-west-1"));
        });
        assertThat(config.outputs()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(Value.of(2));
            assertThat(o.sensitive()).isTrue();
        });
    }

    @Test
    void should_report_the_syntax_errors_of_every_file_together() throws IOException {
        write("a.tf", "x = = 1\n");
        write("b.tf", "resource \"a\" {\n");

        HclException e = catchThrowableOfType(HclException.class, () -> TerraformConfig.read(dir));

        assertThat(e.errors()).extracting(error -> error.file().replaceAll(".*/", "") + ":" + error.line() + ":"
                + error.column() + ": " + error.reason()).containsExactly(
                "a.tf:1:5: expected an expression, found \"=\"",
                "b.tf:1:14: expected \"}\" to close this block, found the end of the file");
    }

    @Test
    void should_report_names_declared_twice_and_blocks_without_their_labels() throws IOException {
        write("main.tf", "resource \"a\" \"b\" {}\nresource \"a\" \"b\" {}\nresource \"c\" {}\nvariable \"v\" {}\n"
                + "variable \"v\" {}\n");

        HclException e = catchThrowableOfType(HclException.class, () -> TerraformConfig.read(dir));

        assertThat(e.errors()).extracting(error -> error.line() + ": " + error.reason()).containsExactly(
                "2: a.b is already declared at " + dir.toRealPath().resolve("main.tf").toString().replace('\\', '/') + ":1:1",
                "3: a resource block needs a type and a name as its labels, found 1",
                "5: the variable v is already declared at " + dir.toRealPath().resolve("main.tf").toString().replace('\\', '/') + ":4:1");
    }

    @Test
    void should_report_a_local_module_folder_that_does_not_exist() throws IOException {
        write("main.tf", "module \"m\" {\n  source = \"./missing\"\n}\n");

        HclException e = catchThrowableOfType(HclException.class, () -> TerraformConfig.read(dir));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("the module m's source ./missing is not a folder");
    }

    @Test
    void should_read_the_same_folder_the_same_way_twice() throws IOException {
        write("b.tf", "resource \"x\" \"b\" {\n  for_each = { z = 1, a = 2 }\n}\n");
        write("a.tf", "resource \"x\" \"a\" {}\n");

        List<String> first = TerraformConfig.read(dir).resources().stream().map(Resource::address).toList();

        assertThat(first).containsExactly("x.a", "x.b[\"a\"]", "x.b[\"z\"]");
        assertThat(TerraformConfig.read(dir).resources().stream().map(Resource::address).toList()).isEqualTo(first);
    }
}
