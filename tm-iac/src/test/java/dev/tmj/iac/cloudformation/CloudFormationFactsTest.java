package dev.tmj.iac.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import org.junit.jupiter.api.Test;

/** Each IaC fact a template can cause, with a case that has it and one whose code shows the mitigation. */
class CloudFormationFactsTest {

    static Model model(String resources) {
        Model model = Model.named("test");
        CloudFormationModel.addTo(model, CloudFormationTemplate.parse("t.yaml", "Resources:\n" + resources));
        return model;
    }

    static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name) && !e.isDataflow()).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + name + " in\n" + ModelText.of(model)));
    }

    static String fact(Model model, String name, String fact) {
        return IacFacts.get(element(model, name), fact);
    }

    static int factLine(Model model, String name, String fact) {
        return element(model, name).extras().stream().filter(x -> x.name().equals(fact)).findFirst().orElseThrow()
                .location().line();
    }

    private static final String METHOD = """
              Api: {Type: AWS::ApiGateway::RestApi}
              Get:
                Type: AWS::ApiGateway::Method
                Properties:
                  RestApiId: !Ref Api
                  AuthorizationType: %s
            """;

    @Test
    void should_make_an_api_method_without_authorization_an_unauthenticated_internet_entry() {
        Model open = model(METHOD.formatted("NONE"));
        assertThat(fact(open, "Api", IacFacts.INTERNET_FACING)).isEqualTo("Get: AuthorizationType NONE");
        assertThat(factLine(open, "Api", IacFacts.INTERNET_FACING)).isEqualTo(7);
        assertThat(fact(open, "Api", IacFacts.AUTHENTICATED)).isEmpty();

        Model closed = model(METHOD.formatted("AWS_IAM"));
        assertThat(fact(closed, "Api", IacFacts.INTERNET_FACING)).isNotEmpty();
        assertThat(fact(closed, "Api", IacFacts.AUTHENTICATED)).contains("every method or route declares");
    }

    @Test
    void should_make_a_function_url_internet_facing_and_authenticated_only_with_aws_iam() {
        String url = """
                  Fn: {Type: AWS::Lambda::Function}
                  Url:
                    Type: AWS::Lambda::Url
                    Properties: {TargetFunctionArn: !GetAtt Fn.Arn, AuthType: %s}
                """;
        assertThat(fact(model(url.formatted("NONE")), "Fn", IacFacts.AUTHENTICATED)).isEmpty();
        assertThat(fact(model(url.formatted("NONE")), "Fn", IacFacts.INTERNET_FACING))
                .isEqualTo("Url: function URL with AuthType NONE");
        assertThat(fact(model(url.formatted("AWS_IAM")), "Fn", IacFacts.AUTHENTICATED)).isEqualTo(
                "Url: AuthType AWS_IAM");
    }

    @Test
    void should_not_expose_an_internal_load_balancer() {
        Model model = model("""
                  Lb:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties: {Scheme: internal}
                  L:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties: {LoadBalancerArn: !Ref Lb, Protocol: HTTP, Port: 80}
                """);
        assertThat(fact(model, "Lb", IacFacts.INTERNET_FACING)).isEmpty();
        assertThat(model.dataflows()).isEmpty();
    }

    @Test
    void should_mark_http_listeners_plaintext_unless_they_redirect_to_https() {
        String listener = """
                  Lb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer}
                  L:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref Lb
                      Protocol: HTTP
                      Port: 80
                      DefaultActions: [%s]
                """;
        Element plain = model(listener.formatted("{Type: forward}")).dataflows().get(0);
        assertThat(IacFacts.get(plain, IacFacts.PLAINTEXT)).isEqualTo("L: Protocol HTTP without a redirect to HTTPS");
        assertThat(plain.location().orElseThrow().line()).isEqualTo(3);
        assertThat(plain.get("dstPort")).isEqualTo(80L);
        Element redirect = model(listener.formatted("{Type: redirect, RedirectConfig: {Protocol: HTTPS}}"))
                .dataflows().get(0);
        assertThat(IacFacts.get(redirect, IacFacts.PLAINTEXT)).isEmpty();
    }

    @Test
    void should_mark_cloudfront_allowing_http_plaintext_but_not_one_redirecting_to_https() {
        String distribution = """
                  Cdn:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior: {ViewerProtocolPolicy: %s}
                """;
        assertThat(model(distribution.formatted("allow-all")).dataflows()).anySatisfy(f -> assertThat(
                IacFacts.get(f, IacFacts.PLAINTEXT)).contains("ViewerProtocolPolicy allow-all"));
        assertThat(model(distribution.formatted("redirect-to-https")).dataflows()).allSatisfy(f -> assertThat(
                IacFacts.get(f, IacFacts.PLAINTEXT)).isEmpty());
    }

    @Test
    void should_mark_identities_allowing_everything_permissive_at_the_statement() {
        String role = """
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      Policies:
                        - PolicyName: p
                          PolicyDocument:
                            Statement:
                              - {Effect: Allow, Action: %s, Resource: "*"}
                """;
        Model star = model(role.formatted("\"*\""));
        assertThat(fact(star, "Role", IacFacts.PERMISSIVE))
                .isEqualTo("Role: Policies[0].PolicyDocument.Statement[0] allows Action \"*\"");
        assertThat(factLine(star, "Role", IacFacts.PERMISSIVE)).isEqualTo(9);
        assertThat(fact(model(role.formatted("\"s3:*\"")), "Role", IacFacts.PERMISSIVE)).contains("s3:*");
        assertThat(fact(model(role.formatted("[s3:GetObject]")), "Role", IacFacts.PERMISSIVE)).isEmpty();
        assertThat(fact(model("""
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                """), "Role", IacFacts.PERMISSIVE)).isEqualTo("Role: ManagedPolicyArns[0] attaches AdministratorAccess");
        assertThat(fact(model("""
                  Pol:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: {Statement: {Effect: Allow, Action: "*", Resource: "*"}}
                """), "Pol", IacFacts.PERMISSIVE)).isEqualTo("Pol: PolicyDocument.Statement allows Action \"*\"");
    }

    @Test
    void should_report_a_secret_parameter_default_without_noecho_by_name_never_by_value() {
        String template = """
                Parameters:
                  DbPassword: {Type: String, Default: s3cr3t-value%s}
                Resources:
                  Db:
                    Type: AWS::RDS::DBInstance
                    Properties: {MasterUserPassword: !Ref DbPassword}
                """;
        Model exposed = Model.named("t");
        CloudFormationModel.addTo(exposed, CloudFormationTemplate.parse("t.yaml", template.formatted("")));
        assertThat(fact(exposed, "Db", IacFacts.SECRET)).isEqualTo(
                "parameter DbPassword has a Default and no NoEcho: true").doesNotContain("s3cr3t");
        assertThat(factLine(exposed, "Db", IacFacts.SECRET)).isEqualTo(2);
        Model masked = Model.named("t");
        CloudFormationModel.addTo(masked, CloudFormationTemplate.parse("t.yaml", template.formatted(", NoEcho: true")));
        assertThat(fact(masked, "Db", IacFacts.SECRET)).isEmpty();
    }

    @Test
    void should_report_a_literal_password_property_by_name_but_not_a_dynamic_reference() {
        String db = """
                  Db:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      MasterUserPassword: %s
                """;
        Model literal = model(db.formatted("hunter2hunter2"));
        assertThat(fact(literal, "Db", IacFacts.SECRET)).isEqualTo(
                "Db: Properties.MasterUserPassword is a literal secret").doesNotContain("hunter2");
        assertThat(factLine(literal, "Db", IacFacts.SECRET)).isEqualTo(5);
        assertThat(fact(model(db.formatted("'{{resolve:secretsmanager:db:SecretString:password}}'")), "Db",
                IacFacts.SECRET)).isEmpty();
        assertThat(fact(model(db.formatted("!Ref AWS::NoValue")), "Db", IacFacts.SECRET)).isEmpty();
    }

    @Test
    void should_make_public_data_from_public_databases_acls_and_policies_unless_blocked() {
        assertThat(fact(model("  Db: {Type: AWS::RDS::DBInstance, Properties: {PubliclyAccessible: true}}\n"), "Db",
                IacFacts.PUBLIC_DATA)).isEqualTo("Db: PubliclyAccessible true");
        assertThat(fact(model("  Db: {Type: AWS::RDS::DBInstance, Properties: {PubliclyAccessible: false}}\n"),
                "Db", IacFacts.PUBLIC_DATA)).isEmpty();
        String policy = """
                  B:
                    Type: AWS::S3::Bucket
                    Properties: {%s}
                  P:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref B
                      PolicyDocument:
                        Statement:
                          - {Effect: Allow, Principal: "*", Action: s3:GetObject, Resource: "*"}
                """;
        Model open = model(policy.formatted(""));
        assertThat(fact(open, "B", IacFacts.PUBLIC_DATA)).isEqualTo(
                "P: PolicyDocument.Statement[0] allows Principal \"*\"");
        assertThat(factLine(open, "B", IacFacts.PUBLIC_DATA)).isEqualTo(11);
        assertThat(fact(open, "B", IacFacts.PUBLIC_ACCESS_BLOCKED)).isEmpty();
        Model blocked = model(policy.formatted("PublicAccessBlockConfiguration: {BlockPublicAcls: true,"
                + " BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}"));
        assertThat(fact(blocked, "B", IacFacts.PUBLIC_ACCESS_BLOCKED)).isNotEmpty();
    }

    @Test
    void should_report_admin_ports_open_to_the_internet_but_not_to_a_private_range() {
        String group = """
                  Vm: {Type: AWS::EC2::Instance, Properties: {SecurityGroupIds: [!Ref Sg]}}
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      SecurityGroupIngress:
                        - {IpProtocol: %s, FromPort: %s, ToPort: %s, %s}
                """;
        Model ssh = model(group.formatted("tcp", 22, 22, "CidrIp: 0.0.0.0/0"));
        assertThat(fact(ssh, "Vm", IacFacts.ADMIN_PORT)).isEqualTo(
                "Sg: SecurityGroupIngress[0] opens port 22 to the Internet");
        assertThat(factLine(ssh, "Vm", IacFacts.ADMIN_PORT)).isEqualTo(7);
        assertThat(fact(model(group.formatted("tcp", 3389, 3389, "CidrIpv6: \"::/0\"")), "Vm", IacFacts.ADMIN_PORT))
                .contains("3389");
        assertThat(fact(model(group.formatted("\"-1\"", -1, -1, "CidrIp: 0.0.0.0/0")), "Vm", IacFacts.ADMIN_PORT))
                .contains("port 22");
        assertThat(fact(model(group.formatted("tcp", 22, 22, "CidrIp: 10.0.0.0/8")), "Vm", IacFacts.ADMIN_PORT))
                .isEmpty();
        assertThat(fact(model(group.formatted("tcp", 443, 443, "CidrIp: 0.0.0.0/0")), "Vm", IacFacts.ADMIN_PORT))
                .isEmpty();
    }

    @Test
    void should_set_encryption_at_rest_only_where_the_template_shows_it() {
        assertThat(element(model("  Db: {Type: AWS::RDS::DBInstance, Properties: {StorageEncrypted: true}}\n"), "Db")
                .controls().is("isEncryptedAtRest")).isTrue();
        assertThat(element(model("  Db: {Type: AWS::RDS::DBInstance}\n"), "Db").controls().is("isEncryptedAtRest"))
                .isFalse();
        assertThat(element(model("  Q: {Type: AWS::SQS::Queue, Properties: {KmsMasterKeyId: alias/q}}\n"), "Q")
                .controls().is("isEncryptedAtRest")).isTrue();
        assertThat(element(model("  T: {Type: AWS::DynamoDB::Table, Properties: {SSESpecification: {SSEEnabled: "
                + "true}}}\n"), "T").controls().is("isEncryptedAtRest")).isTrue();
        assertThat(element(model("  T: {Type: AWS::DynamoDB::Table}\n"), "T").controls().is("isEncryptedAtRest"))
                .isFalse();
    }

    @Test
    void should_put_a_missing_or_single_region_trail_on_the_account_boundary() {
        Model none = model("  B: {Type: AWS::SQS::Queue}\n");
        Element account = IacModel.find(none, ElementType.BOUNDARY, "AWS account").orElseThrow();
        assertThat(IacFacts.get(account, IacFacts.NO_AUDIT_TRAIL)).isEqualTo("t.yaml declares no AWS::CloudTrail::Trail");
        Model single = model("  T: {Type: AWS::CloudTrail::Trail, Properties: {IsLogging: true}}\n");
        assertThat(IacFacts.get(IacModel.find(single, ElementType.BOUNDARY, "AWS account").orElseThrow(),
                IacFacts.NO_AUDIT_TRAIL)).isEqualTo("T: IsMultiRegionTrail is not true");
        Model multi = model("  T: {Type: AWS::CloudTrail::Trail, Properties: {IsLogging: true, IsMultiRegionTrail:"
                + " true}}\n");
        assertThat(IacFacts.get(IacModel.find(multi, ElementType.BOUNDARY, "AWS account").orElseThrow(),
                IacFacts.NO_AUDIT_TRAIL)).isEmpty();
    }

    @Test
    void should_keep_unknown_types_as_generic_elements_that_say_so() {
        Model model = model("  Thing: {Type: AWS::Glue::Job}\n  Mine: {Type: Custom::Mine}\n");
        assertThat(element(model, "Thing").type()).isEqualTo(ElementType.ELEMENT);
        assertThat(element(model, "Thing").get("description")).isEqualTo(
                "CloudFormation resource of type AWS::Glue::Job, which tmj does not model");
        assertThat(fact(model, "Mine", IacFacts.TYPE)).isEqualTo("Custom::Mine");
        assertThat(element(model, "Mine").location().orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void should_make_flows_from_data_references_and_event_sources_but_not_from_placement() {
        Model model = model("""
                  Vpc: {Type: AWS::EC2::VPC}
                  Sub: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc}}
                  Role: {Type: AWS::IAM::Role}
                  Table: {Type: AWS::DynamoDB::Table}
                  Queue: {Type: AWS::SQS::Queue}
                  Topic: {Type: AWS::SNS::Topic}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt Role.Arn
                      VpcConfig: {SubnetIds: [!Ref Sub]}
                      Environment: {Variables: {TABLE: !Ref Table}}
                  Esm:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties: {EventSourceArn: !GetAtt Queue.Arn, FunctionName: !Ref Fn}
                  Subscription:
                    Type: AWS::SNS::Subscription
                    Properties: {Protocol: lambda, TopicArn: !Ref Topic, Endpoint: !GetAtt Fn.Arn}
                """);
        assertThat(model.dataflows()).extracting(f -> f.source().name() + " -> " + f.sink().name() + " " + f.name())
                .containsExactly("Queue -> Fn triggers", "Topic -> Fn triggers", "Fn -> Table uses");
        assertThat(element(model, "Fn").inBoundary().orElseThrow().name()).isEqualTo("Sub");
        assertThat(element(model, "Sub").inBoundary().orElseThrow().name()).isEqualTo("Vpc");
    }

    @Test
    void should_join_the_account_boundary_another_input_made_and_map_the_same_input_the_same_way() {
        Model model = Model.named("combined");
        Element existing = IacModel.boundary(model, "AWS account", null);
        CloudFormationModel.addTo(model, CloudFormationTemplate.parse("t.yaml", "Resources:\n  Q: {Type: AWS::SQS::Queue}\n"));
        assertThat(element(model, "Q").inBoundary()).contains(existing);
        assertThat(model.boundaries()).filteredOn(b -> b.name().equals("AWS account")).hasSize(1);

        String text = "Resources:\n  Q: {Type: AWS::SQS::Queue}\n  F: {Type: AWS::Lambda::Function, Properties: "
                + "{Environment: {Variables: {Q: !Ref Q}}}}\n";
        Model first = Model.named("a");
        Model second = Model.named("a");
        CloudFormationModel.addTo(first, CloudFormationTemplate.parse("t.yaml", text));
        CloudFormationModel.addTo(second, CloudFormationTemplate.parse("t.yaml", text));
        assertThat(ModelText.of(first)).isEqualTo(ModelText.of(second)).contains("flow F -> Q \"uses\"");
    }
}
