package dev.tmj.iac.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Templates in YAML (with the short-form tags) and JSON become resources, parameters and outputs with positions. */
class CloudFormationTemplateTest {

    @TempDir
    Path dir;

    static CloudFormationTemplate yaml(String text) {
        return CloudFormationTemplate.parse("stack.yaml", text);
    }

    static CloudFormationTemplate json(String text) {
        return CloudFormationTemplate.parse("stack.json", text);
    }

    @Test
    void should_read_sections_resources_and_positions_from_yaml() {
        CloudFormationTemplate template = yaml("""
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  DbPassword:
                    Type: String
                    NoEcho: true
                  Env:
                    Type: String
                    Default: prod
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                Mappings:
                  Sizes: {prod: {Class: db.m5.large}}
                Resources:
                  Db:
                    Type: AWS::RDS::DBInstance
                    Condition: IsProd
                    DependsOn: [Bucket]
                    Properties:
                      MasterUserPassword: !Ref DbPassword
                      DBInstanceClass: !FindInMap [Sizes, !Ref Env, Class]
                  Bucket:
                    Type: AWS::S3::Bucket
                    DependsOn: Db
                Outputs:
                  BucketName:
                    Value: !Ref Bucket
                    Export:
                      Name: !Sub "${AWS::StackName}-bucket"
                """);

        assertThat(template.parameters()).containsExactly(
                new TemplateParameter("DbPassword", "String", Optional.empty(), true,
                        SourcePosition.of("stack.yaml", 3, 3).at("Parameters.DbPassword")),
                new TemplateParameter("Env", "String", Optional.of("prod"), false,
                        SourcePosition.of("stack.yaml", 6, 3).at("Parameters.Env")));
        assertThat(template.conditions()).containsKey("IsProd");
        assertThat(template.mappings()).containsKey("Sizes");
        TemplateResource db = template.resources().get(0);
        assertThat(db.logicalId()).isEqualTo("Db");
        assertThat(db.type()).isEqualTo("AWS::RDS::DBInstance");
        assertThat(db.position()).isEqualTo(SourcePosition.of("stack.yaml", 14, 3).at("Resources.Db"));
        assertThat(db.condition()).contains("IsProd");
        assertThat(db.dependsOn()).containsExactly("Bucket");
        assertThat(template.resources().get(1).dependsOn()).containsExactly("Db");
        assertThat(db.positionOf("Properties.MasterUserPassword"))
                .isEqualTo(SourcePosition.of("stack.yaml", 19, 7).at("Resources.Db.Properties.MasterUserPassword"));
        assertThat(db.references()).extracting(Reference::target).containsExactly("DbPassword", "Env");
        assertThat(db.references().get(0).path()).isEqualTo("MasterUserPassword");
        assertThat(template.outputs()).singleElement().satisfies(output -> {
            assertThat(output.name()).isEqualTo("BucketName");
            assertThat(output.value()).isEqualTo(Map.of("Ref", "Bucket"));
            assertThat(output.exportName()).contains(Map.of("Fn::Sub", "${AWS::StackName}-bucket"));
            assertThat(output.references()).extracting(Reference::target).containsExactly("Bucket");
            assertThat(output.position().line()).isEqualTo(25);
        });
        assertThat(template.notes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "!Ref Bucket                 | Ref             | Bucket",
        "!Condition IsProd           | Condition       | IsProd",
        "!GetAtt Bucket.Arn          | Fn::GetAtt      | Bucket.Arn",
        "!Sub 'arn:${Bucket}'        | Fn::Sub         | arn:${Bucket}",
        "!Join [',', [a, b]]         | Fn::Join        | [,, [a, b]]",
        "!Select [0, [a, b]]         | Fn::Select      | [0, [a, b]]",
        "!Split [',', 'a,b']         | Fn::Split       | [,, a,b]",
        "!If [IsProd, a, b]          | Fn::If          | [IsProd, a, b]",
        "!Equals [a, b]              | Fn::Equals      | [a, b]",
        "!Not [!Equals [a, b]]       | Fn::Not         | [{Fn::Equals=[a, b]}]",
        "!And [!Condition A, !Condition B] | Fn::And   | [{Condition=A}, {Condition=B}]",
        "!Or [!Condition A, !Condition B]  | Fn::Or    | [{Condition=A}, {Condition=B}]",
        "!FindInMap [M, k, v]        | Fn::FindInMap   | [M, k, v]",
        "!GetAZs ''                  | Fn::GetAZs      | EMPTY",
        "!ImportValue shared-vpc     | Fn::ImportValue | shared-vpc",
        "!Base64 hello               | Fn::Base64      | hello",
        "!Cidr [10.0.0.0/16, 4, 8]   | Fn::Cidr        | [10.0.0.0/16, 4, 8]",
        "!Transform {Name: M}        | Fn::Transform   | {Name=M}",
    })
    void should_read_each_short_form_tag_as_its_intrinsic_function(String tagged, String key, String argument) {
        CloudFormationTemplate template = yaml("""
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      Value: %s
                """.formatted(tagged));

        Object value = template.resources().get(0).property("Value").orElseThrow();
        assertThat(value).isInstanceOf(Map.class);
        assertThat(List.<Object>copyOf(((Map<?, ?>) value).keySet())).containsExactly(key);
        Object read = ((Map<?, ?>) value).get(key);
        assertThat(read.equals("") ? "EMPTY" : String.valueOf(read)).isEqualTo(argument);
        assertThat(template.resources().get(0).positionOf("Properties.Value." + (key.contains(":")
                ? "[\"" + key + "\"]" : key)).line()).isEqualTo(5);
    }

    @Test
    void should_read_getatt_in_its_dotted_and_list_forms_and_sub_in_its_string_and_list_forms() {
        CloudFormationTemplate template = yaml("""
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      A: !GetAtt Queue.Arn
                      B: !GetAtt [Queue, QueueName]
                      C: !Sub "${Queue.Arn}/${Table}/${!Literal}/${AWS::Region}"
                      D: !Sub
                        - "${Local}-${Queue}"
                        - Local: !Ref Other
                """);

        assertThat(template.resource("Fn").orElseThrow().references()).extracting(Reference::target,
                r -> r.attribute().orElse(""), Reference::function, Reference::path).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Queue", "Arn", "Fn::GetAtt", "A"),
                        org.assertj.core.groups.Tuple.tuple("Queue", "QueueName", "Fn::GetAtt", "B"),
                        org.assertj.core.groups.Tuple.tuple("Queue", "Arn", "Fn::Sub", "C"),
                        org.assertj.core.groups.Tuple.tuple("Table", "", "Fn::Sub", "C"),
                        org.assertj.core.groups.Tuple.tuple("Queue", "", "Fn::Sub", "D"),
                        org.assertj.core.groups.Tuple.tuple("Other", "", "Ref", "D[\"Fn::Sub\"][1].Local"));
        assertThat(template.resource("Fn").orElseThrow().references().get(1).position())
                .isEqualTo(SourcePosition.of("stack.yaml", 8, 7).at("Resources.Fn.Properties.B"));
    }

    @Test
    void should_read_json_templates_with_the_long_form_functions_and_a_position_per_value() {
        CloudFormationTemplate template = json("""
                {
                  "Parameters": {"ApiToken": {"Type": "String", "Default": "abc"}},
                  "Resources": {
                    "Queue": {"Type": "AWS::SQS::Queue"},
                    "Fn": {
                      "Type": "AWS::Lambda::Function",
                      "Properties": {
                        "Q": {"Fn::GetAtt": ["Queue", "Arn"]},
                        "R": {"Ref": "Queue"},
                        "S": {"Fn::Sub": "${Queue.QueueName}"},
                        "N": 3, "F": 0.5, "T": true, "Z": null
                      }
                    }
                  }
                }
                """);

        TemplateResource fn = template.resource("Fn").orElseThrow();
        assertThat(fn.position()).isEqualTo(SourcePosition.of("stack.json", 5, 5).at("Resources.Fn"));
        assertThat(fn.references()).extracting(Reference::target, Reference::function).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Queue", "Fn::GetAtt"),
                org.assertj.core.groups.Tuple.tuple("Queue", "Ref"),
                org.assertj.core.groups.Tuple.tuple("Queue", "Fn::Sub"));
        assertThat(fn.positionOf("Properties.R")).isEqualTo(SourcePosition.of("stack.json", 9, 9)
                .at("Resources.Fn.Properties.R"));
        assertThat(fn.properties()).containsEntry("N", 3L).containsEntry("F", "0.5").containsEntry("T", true)
                .containsEntry("Z", null);
        assertThat(template.parameters().get(0).defaultValue()).contains("abc");
    }

    @Test
    void should_read_the_same_template_in_yaml_and_json_to_the_same_resources_and_references() {
        CloudFormationTemplate fromYaml = yaml("""
                Resources:
                  Queue: {Type: AWS::SQS::Queue}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: {Q: !GetAtt Queue.Arn, L: !Join [",", [!Ref Queue]]}
                """);
        CloudFormationTemplate fromJson = json("""
                {"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}, "Fn": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Q": {"Fn::GetAtt": "Queue.Arn"}, "L": {"Fn::Join": [",", [{"Ref": "Queue"}]]}}}}}
                """);

        for (int i = 0; i < 2; i++) {
            TemplateResource a = fromYaml.resources().get(i);
            TemplateResource b = fromJson.resources().get(i);
            assertThat(a.properties()).isEqualTo(b.properties());
            assertThat(a.references()).extracting(Reference::target, Reference::path)
                    .isEqualTo(b.references().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.target(),
                            r.path())).toList());
        }
    }

    @Test
    void should_record_sam_and_note_other_transforms_and_includes_without_fetching_them() {
        CloudFormationTemplate template = yaml("""
                Transform: [AWS::Serverless-2016-10-31, MyCompany::Macro]
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                  Extra:
                    Type: AWS::CloudFormation::WaitConditionHandle
                    Metadata:
                      Fn::Transform:
                        Name: AWS::Include
                        Parameters: {Location: "s3://bucket/extra.yaml"}
                  Other:
                    Type: AWS::SQS::Queue
                    Properties:
                      Fn::Transform: {Name: MyCompany::Other}
                """);

        assertThat(template.isServerless()).isTrue();
        assertThat(template.transforms()).containsExactly("AWS::Serverless-2016-10-31", "MyCompany::Macro");
        assertThat(template.notes()).containsExactly(
                "stack.yaml:1:41: Transform MyCompany::Macro is a macro tmj does not run: what it would add or change"
                        + " is not modelled",
                "stack.yaml:10:7: AWS::Include of s3://bucket/extra.yaml is not fetched: what it includes is not"
                        + " modelled",
                "stack.yaml:16:7: Fn::Transform MyCompany::Other is a macro tmj does not run");
    }

    @Test
    void should_name_the_file_as_given_with_forward_slashes() throws IOException {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("infra")).resolve("stack.yml"),
                "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");

        CloudFormationTemplate template = CloudFormationTemplate.read(file);

        assertThat(template.file()).isEqualTo(file.toString().replace('\\', '/'));
        assertThat(template.resources().get(0).position().file()).isEqualTo(template.file());
    }

    @Test
    void should_read_the_same_input_to_equal_templates() {
        String text = "Resources:\n  B: {Type: AWS::S3::Bucket, Properties: {Tags: [{Key: a, Value: !Ref X}]}}\n";
        assertThat(yaml(text).resources()).isEqualTo(yaml(text).resources());
        assertThat(yaml(text).resources().get(0).references()).isEqualTo(yaml(text).resources().get(0).references());
    }

    // --- bad input ---

    @Test
    void should_refuse_an_unknown_tag_at_its_position_listing_the_known_tags() {
        assertThatThrownBy(() -> yaml("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n"
                + "      Name: !GetParam x\n"))
                .isInstanceOf(CloudFormationException.class)
                .hasMessageStartingWith("stack.yaml:5:13: unknown YAML tag !GetParam: CloudFormation's short-form"
                        + " tags are !Base64, !Cidr, !Condition, !And, !Equals, !If, !Not, !Or, !FindInMap, !GetAtt,"
                        + " !GetAZs, !ImportValue, !Join, !Ref, !Select, !Split, !Sub, !Transform");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Resources:\\n  B: [unclosed\\n                  | stack.yaml:3:1: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
        "Resources:\\n  B: &a {Type: X}\\n               | stack.yaml:2:6: YAML anchors are not accepted (no alias bombs)",
        "Resources:\\n  B: {Type: X}\\n  C: *a\\n          | stack.yaml:3:6: YAML aliases are not accepted",
        "Description: no resources\\n                     | stack.yaml:1:1: a CloudFormation template needs a Resources section",
        "Resources: {}\\n                                 | stack.yaml:1:1: Resources: a CloudFormation template needs a Resources section with at least one resource",
        "Resources:\\n  B:\\n    Properties: {}\\n       | stack.yaml:2:3: Resources.B: resource B needs a Type, such as AWS::S3::Bucket",
        "Resource:\\n  B: {Type: X}\\n                  | stack.yaml:1:1: Resource: unknown template section \"Resource\": expected one of AWSTemplateFormatVersion, Description,",
        "Resources:\\n  B: {Type: X, Properties: {A: !Ref [x]}}\\n | stack.yaml:2:29: Resources.B.Properties.A: Ref expects the name of a resource or parameter",
        "Resources:\\n  B: {Type: X, Properties: {A: !GetAtt Bucket}}\\n | stack.yaml:2:29: Resources.B.Properties.A: Fn::GetAtt expects LogicalId.Attribute or [LogicalId, Attribute], found \"Bucket\"",
        "Resources:\\n  B: {Type: X, Properties: {A: !Sub [x]}}\\n | stack.yaml:2:29: Resources.B.Properties.A: Fn::Sub expects a string or [string, {variables}]",
        "Resources:\\n  B: {Type: X}\\n  B: {Type: Y}\\n   | stack.yaml:3:3: duplicate key \"B\"",
        "Resources:\\n  B: {Type: X}\\n---\\nResources: {}\\n | stack.yaml:4:1: a template is one YAML document, found a second one",
        "Resources:\\n  B: {Type: X, DependsOn: {A: b}}\\n | stack.yaml:2:16: Resources.B.DependsOn: DependsOn expects a logical id or a list of them",
        "- a list\\n                                      | stack.yaml:1:1: expected a template: a mapping with Resources",
    })
    void should_refuse_bad_yaml_at_the_fault_saying_what_was_expected(String text, String message) {
        assertThatThrownBy(() -> yaml(text.replace("\\n", "\n"))).isInstanceOf(CloudFormationException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"Resources\": {\"B\": {\"Type\": \"X\",}}}     | stack.json:1:34: invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
        "{\"Resources\": {\"B\": {\"Type\": \"X\"}}} []   | stack.json:1:37: unexpected content after the template object",
        "{\"Resources\": {\"B\": 1, \"B\": 2}}           | stack.json:1:27: invalid JSON: Duplicate field 'B'",
        "{\"Resources\": {\"B\": {\"Type\": \"X\"}}       | stack.json:1:35: invalid JSON: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)",
        "{\"Resources\": {\"B\": {\"Properties\": {}}}} | stack.json:1:16: Resources.B: resource B needs a Type, such as AWS::S3::Bucket",
    })
    void should_refuse_bad_json_at_the_fault_saying_what_was_expected(String text, String message) {
        assertThatThrownBy(() -> json(text)).isInstanceOf(CloudFormationException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void should_refuse_json_nested_deeper_than_the_limit() {
        String deep = "{\"Resources\": {\"B\": {\"Type\": \"X\", \"Properties\": {\"A\": " + "[".repeat(200)
                + "]".repeat(200) + "}}}}";
        assertThatThrownBy(() -> json(deep)).isInstanceOf(CloudFormationException.class)
                .hasMessageContaining("stack.json:1:").hasMessageContaining("JSON over a limit");
    }

    @Test
    void should_refuse_a_file_larger_than_the_limit_before_reading_it() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) CloudFormationTemplate.MAX_FILE_BYTES + 1]);
        }
        assertThatThrownBy(() -> CloudFormationTemplate.read(big)).isInstanceOf(CloudFormationException.class)
                .hasMessage(big.toString().replace('\\', '/') + ": file larger than 4 MiB refused");
    }

    @Test
    void should_refuse_a_file_that_is_not_utf8() throws IOException {
        Path file = Files.write(dir.resolve("latin.yaml"), new byte[] {'R', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> CloudFormationTemplate.read(file)).hasMessageEndingWith("not UTF-8 text");
    }

    @Test
    void should_list_every_known_tag_in_the_refusal() {
        assertThat(Intrinsics.TAGS).hasSize(18).allMatch(t -> t.startsWith("!"));
        assertThat(List.<Object>copyOf(Intrinsics.YAML_TAGS.keys().values())).contains("Ref", "Condition", "Fn::GetAtt");
    }
}
