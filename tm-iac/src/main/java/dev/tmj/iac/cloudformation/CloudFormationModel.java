package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a CloudFormation template to a model: each resource becomes an element named by its logical id, located at
 * the line of that id, inside the "AWS account" boundary (the same boundary Terraform's AWS resources use, so the
 * inputs combine), VPCs and subnets become boundaries, and security-group rules, listeners, API methods, event
 * sources, IAM permissions and {@code Ref}/{@code Fn::GetAtt}/{@code Fn::Sub} references become flows and IaC facts
 * (docs/cloudformation.md has the table). A type tmj does not model becomes a generic element whose description
 * says so; nothing is dropped, run or fetched.
 */
public final class CloudFormationModel {
    /** The account boundary's name, shared with the Terraform mapping. */
    public static final String ACCOUNT = "AWS account";

    /** Properties whose references place or configure a resource rather than carry data to what they name. */
    private static final Set<String> STRUCTURAL = Set.of("VpcId", "SubnetId", "SubnetIds", "Subnets",
            "VPCZoneIdentifier", "SecurityGroups", "SecurityGroupIds", "VpcSecurityGroupIds", "VPCSecurityGroups", "VpcConfig",
            "NetworkConfiguration", "Role", "ExecutionRoleArn", "TaskRoleArn", "TaskDefinition", "KmsKeyId",
            "KmsMasterKeyId", "KMSMasterKeyID", "KMSKeyArn", "IamInstanceProfile", "DBSubnetGroupName", "Tags",
            "LoadBalancers", "Policies", "Events", "DeadLetterQueue", "DeadLetterConfig", "RedrivePolicy",
            "Layers", "LoggingConfiguration", "Logging", "DBClusterIdentifier", "BucketEncryption",
            "SSESpecification", "FunctionUrlConfig", "Auth", "SourceDBInstanceIdentifier");

    private CloudFormationModel() {
    }

    /** Adds the template's elements, boundaries, flows and facts to the model. */
    public static void addTo(Model model, CloudFormationTemplate template) {
        SourcePosition start = SourcePosition.of(template.file(), 1, 1);
        Element account = IacModel.boundary(model, ACCOUNT, null, "AWS::CloudFormation template", start);
        TemplateMapping mapping = new TemplateMapping(model, template, account);
        boundaries(mapping);
        elements(mapping);
        NetworkRules.apply(mapping);
        EntryPoints.apply(mapping);
        EventSources.apply(mapping);
        IdentityRules.apply(mapping);
        DataRules.apply(mapping);
        references(mapping);
    }

    private static void boundaries(TemplateMapping mapping) {
        for (TemplateResource vpc : mapping.resources("AWS::EC2::VPC")) {
            mapping.put(vpc.logicalId(), IacModel.boundary(mapping.model, vpc.logicalId(), mapping.account,
                    vpc.type(), vpc.position()));
        }
        for (TemplateResource subnet : mapping.resources("AWS::EC2::Subnet")) {
            Element parent = first(mapping, mapping.targets(subnet, "VpcId")).orElse(mapping.account);
            Element boundary = IacModel.boundary(mapping.model, subnet.logicalId(), parent, subnet.type(),
                    subnet.position());
            boolean isPublic = TemplateMapping.isTrue(subnet.property("MapPublicIpOnLaunch").orElse(false));
            boundary.set("description", (isPublic ? "Public" : "Private") + " subnet (MapPublicIpOnLaunch "
                    + isPublic + ")");
            mapping.put(subnet.logicalId(), boundary);
        }
    }

    private static void elements(TemplateMapping mapping) {
        for (TemplateResource resource : mapping.template.resources()) {
            Optional<AwsTypes.Kind> kind = AwsTypes.kind(resource.type());
            if (kind.isEmpty()) {
                continue;
            }
            Element element = IacModel.element(mapping.model, kind.get().type(), resource.logicalId(),
                    resource.type(), resource.position());
            element.set("description", AwsTypes.isModelled(resource.type())
                    ? AwsTypes.describe(resource.type()) + " (CloudFormation " + resource.type() + ")"
                    : "CloudFormation resource of type " + resource.type() + ", which tmj does not model");
            if (kind.get().type() == ElementType.DATASTORE) {
                element.set("type", kind.get().store());
                element.set("isSQL", kind.get().sql());
                element.set("onRDS", resource.type().startsWith("AWS::RDS::"));
            }
            element.set("inBoundary", placement(mapping, resource));
            mapping.put(resource.logicalId(), element);
        }
    }

    /** The subnet a resource names, else its VPC, else the account. */
    private static Element placement(TemplateMapping mapping, TemplateResource resource) {
        for (String property : List.of("SubnetId", "SubnetIds", "Subnets", "VPCZoneIdentifier", "VpcConfig",
                "NetworkConfiguration", "VpcId")) {
            Optional<Element> found = first(mapping, mapping.targets(resource, property));
            if (found.isPresent() && found.get().isBoundary()) {
                return found.get();
            }
        }
        return mapping.account;
    }

    private static Optional<Element> first(TemplateMapping mapping, List<String> logicalIds) {
        return logicalIds.stream().map(mapping::element).flatMap(Optional::stream).filter(Element::isBoundary)
                .findFirst();
    }

    /**
     * A workload whose properties name another workload or a data store (an environment variable holding a table's
     * name, a CloudFront origin on a bucket) uses it: a flow from the workload, at the reference.
     */
    private static void references(TemplateMapping mapping) {
        for (TemplateResource resource : mapping.template.resources()) {
            Optional<Element> source = mapping.element(resource.logicalId()).filter(CloudFormationModel::isWorkload);
            if (source.isEmpty()) {
                continue;
            }
            for (Reference reference : resource.references()) {
                String top = reference.path().split("[.\\[]", 2)[0];
                Optional<Element> sink = mapping.element(reference.target())
                        .filter(e -> isWorkload(e) || e.type() == ElementType.DATASTORE);
                if (!STRUCTURAL.contains(top) && sink.isPresent() && !mapping.connected(source.get(), sink.get())) {
                    mapping.flow(source.get(), sink.get(), "uses", resource.type(), reference.position(), "",
                            -1, null);
                }
            }
        }
    }

    static boolean isWorkload(Element element) {
        return element.type() == ElementType.LAMBDA || element.type() == ElementType.SERVER
                || element.type() == ElementType.PROCESS;
    }
}
