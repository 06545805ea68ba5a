package dev.tmj.iac.cloudformation;

import dev.tmj.model.DatastoreType;
import dev.tmj.model.ElementType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each CloudFormation resource type becomes: an element of a pytm type (a data store with its pytm storage
 * type), a boundary (VPC, subnet), or an effect on other elements only (a security group rule, a listener, a
 * method, a bucket policy): see docs/cloudformation.md. Any other type becomes a generic element.
 */
final class AwsTypes {
    /** An element kind: the pytm type, and for a data store its storage type and whether it speaks SQL. */
    record Kind(ElementType type, DatastoreType store, boolean sql) {
        static Kind of(ElementType type) {
            return new Kind(type, DatastoreType.UNKNOWN, false);
        }
    }

    private static final Kind STORE = new Kind(ElementType.DATASTORE, DatastoreType.UNKNOWN, false);
    private static final Kind SQL = new Kind(ElementType.DATASTORE, DatastoreType.SQL, true);

    private static final Map<String, Kind> ELEMENTS = Map.ofEntries(
            Map.entry("AWS::EC2::Instance", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::ECS::Service", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::ECS::TaskDefinition", Kind.of(ElementType.PROCESS)),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::ElasticLoadBalancing::LoadBalancer", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::ApiGateway::RestApi", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::ApiGatewayV2::Api", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::Serverless::Api", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::Serverless::HttpApi", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::CloudFront::Distribution", Kind.of(ElementType.SERVER)),
            Map.entry("AWS::Lambda::Function", Kind.of(ElementType.LAMBDA)),
            Map.entry("AWS::Serverless::Function", Kind.of(ElementType.LAMBDA)),
            Map.entry("AWS::RDS::DBInstance", SQL),
            Map.entry("AWS::RDS::DBCluster", SQL),
            Map.entry("AWS::DynamoDB::Table", STORE),
            Map.entry("AWS::Serverless::SimpleTable", STORE),
            Map.entry("AWS::S3::Bucket", new Kind(ElementType.DATASTORE, DatastoreType.AWS_S3, false)),
            Map.entry("AWS::SQS::Queue", STORE),
            Map.entry("AWS::SNS::Topic", STORE),
            Map.entry("AWS::SecretsManager::Secret", STORE),
            Map.entry("AWS::ElastiCache::CacheCluster", STORE),
            Map.entry("AWS::ElastiCache::ReplicationGroup", STORE),
            Map.entry("AWS::EC2::Volume", STORE),
            Map.entry("AWS::IAM::Role", Kind.of(ElementType.ELEMENT)),
            Map.entry("AWS::IAM::User", Kind.of(ElementType.ELEMENT)),
            Map.entry("AWS::IAM::Policy", Kind.of(ElementType.ELEMENT)),
            Map.entry("AWS::IAM::ManagedPolicy", Kind.of(ElementType.ELEMENT)),
            Map.entry("AWS::KMS::Key", Kind.of(ElementType.ELEMENT)),
            Map.entry("AWS::CloudTrail::Trail", Kind.of(ElementType.ELEMENT)));

    /** Types that make no element of their own: their effect lands on the elements they attach to. */
    private static final Set<String> EFFECTS = Set.of("AWS::EC2::VPC", "AWS::EC2::Subnet",
            "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress",
            "AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::TargetGroup",
            "AWS::ApiGateway::Method", "AWS::ApiGateway::Authorizer", "AWS::ApiGatewayV2::Route",
            "AWS::ApiGatewayV2::Integration", "AWS::ApiGatewayV2::Authorizer", "AWS::Lambda::Url",
            "AWS::Lambda::EventSourceMapping", "AWS::S3::BucketPolicy", "AWS::SNS::Subscription",
            "AWS::IAM::InstanceProfile");

    private AwsTypes() {
    }

    /** The element a type makes, empty for a boundary or an effect, a generic element for any other type. */
    static Optional<Kind> kind(String type) {
        if (EFFECTS.contains(type)) {
            return Optional.empty();
        }
        return Optional.of(ELEMENTS.getOrDefault(type, Kind.of(ElementType.ELEMENT)));
    }

    /** Whether tmj models the type (else its element says so). */
    static boolean isModelled(String type) {
        return EFFECTS.contains(type) || ELEMENTS.containsKey(type);
    }

    /** A short, human name for the element's description ({@code AWS::S3::Bucket} → "S3 Bucket"). */
    static String describe(String type) {
        String[] parts = type.split("::");
        return parts.length == 3 ? parts[1] + " " + parts[2] : type;
    }
}
