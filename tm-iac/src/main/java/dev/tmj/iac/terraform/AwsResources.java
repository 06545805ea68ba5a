package dev.tmj.iac.terraform;

import dev.tmj.model.ElementType;
import java.util.List;
import java.util.Set;

/**
 * The AWS mapping: which element each resource type becomes ({@link #KINDS}), which types are folded into
 * others (rules, attachments, listeners, policies), and the order of the passes: networks (VPCs
 * and subnets as boundaries), elements inside them, then entry points, data stores, identities and secrets, each
 * in its own class. docs/terraform.md lists the mapping.
 */
final class AwsResources implements ProviderMapping {
    private static final Set<String> FOLDED = Set.of(
            "aws_vpc", "aws_subnet", "aws_network_interface", "aws_route_table", "aws_route", "aws_route_table_association",
            "aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
            "aws_vpc_security_group_egress_rule",
            "aws_lb_listener", "aws_alb_listener", "aws_lb_listener_rule", "aws_alb_listener_rule",
            "aws_lb_target_group_attachment", "aws_alb_target_group_attachment",
            "aws_api_gateway_resource", "aws_api_gateway_method", "aws_api_gateway_integration",
            "aws_api_gateway_authorizer", "aws_api_gateway_stage", "aws_api_gateway_deployment",
            "aws_apigatewayv2_route", "aws_apigatewayv2_integration", "aws_apigatewayv2_authorizer",
            "aws_apigatewayv2_stage",
            "aws_lambda_function_url", "aws_lambda_event_source_mapping", "aws_lambda_permission",
            "aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block", "aws_s3_bucket_policy",
            "aws_s3_bucket_acl", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_logging",
            "aws_s3_bucket_notification", "aws_sns_topic_subscription", "aws_rds_cluster_instance",
            "aws_secretsmanager_secret_version",
            "aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy",
            "aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment",
            "aws_iam_policy_attachment", "aws_iam_instance_profile", "aws_cloudtrail");

    /** Which element each type becomes; the folded types make none of their own. */
    static final ResourceKinds KINDS = new ResourceKinds(FOLDED)
            .kind(ElementType.SERVER, "Internet gateway of its VPC", "aws_internet_gateway")
            .kind(ElementType.SERVER, "NAT gateway: outbound Internet access for private subnets", "aws_nat_gateway")
            .kind(ElementType.SERVER, "EC2 instance", "aws_instance")
            .kind(ElementType.SERVER, "EC2 launch template: the instances launched from it", "aws_launch_template")
            .kind(ElementType.PROCESS, "ECS service", "aws_ecs_service")
            .kind(ElementType.PROCESS, "ECS task definition: the containers a service runs", "aws_ecs_task_definition")
            .kind(ElementType.SERVER, "EKS cluster control plane", "aws_eks_cluster")
            .kind(ElementType.LAMBDA, "Lambda function", "aws_lambda_function")
            .kind(ElementType.SERVER, "Load balancer", "aws_lb", "aws_alb")
            .kind(ElementType.SERVER, "Classic load balancer", "aws_elb")
            .kind(ElementType.PROCESS, "Load balancer target group", "aws_lb_target_group", "aws_alb_target_group")
            .kind(ElementType.SERVER, "CloudFront distribution", "aws_cloudfront_distribution")
            .kind(ElementType.SERVER, "API Gateway REST API", "aws_api_gateway_rest_api")
            .kind(ElementType.SERVER, "API Gateway HTTP or WebSocket API", "aws_apigatewayv2_api")
            .kind(ElementType.DATASTORE, "RDS database instance", "aws_db_instance")
            .kind(ElementType.DATASTORE, "RDS/Aurora database cluster", "aws_rds_cluster")
            .kind(ElementType.DATASTORE, "DynamoDB table", "aws_dynamodb_table")
            .kind(ElementType.DATASTORE, "S3 bucket", "aws_s3_bucket")
            .kind(ElementType.DATASTORE, "SQS queue", "aws_sqs_queue")
            .kind(ElementType.DATASTORE, "SNS topic", "aws_sns_topic")
            .kind(ElementType.DATASTORE, "ElastiCache cache", "aws_elasticache_cluster",
                    "aws_elasticache_replication_group")
            .kind(ElementType.DATASTORE, "KMS key", "aws_kms_key")
            .kind(ElementType.DATASTORE, "Secrets Manager secret", "aws_secretsmanager_secret")
            .kind(ElementType.DATASTORE, "EBS volume", "aws_ebs_volume")
            .kind(ElementType.ELEMENT, "IAM role: the identity workloads act as", "aws_iam_role")
            .kind(ElementType.ACTOR, "IAM user", "aws_iam_user")
            .kind(ElementType.ACTOR, "IAM group", "aws_iam_group");

    @Override
    public String provider() {
        return "aws";
    }

    @Override
    public boolean knows(String type) {
        return KINDS.knows(type);
    }

    @Override
    public void map(List<Resource> resources, TerraformMapping mapping) {
        AwsNetwork network = new AwsNetwork(mapping);
        network.addBoundaries();
        KINDS.addElements(resources, mapping, network::placement, AwsData::describe);
        new AwsEntryPoints(mapping).connect();
        network.connect();
        new AwsData(mapping).connect();
        new AwsIdentity(mapping).connect();
        new AwsSecrets(mapping).connect();
        AwsIdentity.auditTrail(mapping);
        AwsData.finish(mapping);
    }
}
