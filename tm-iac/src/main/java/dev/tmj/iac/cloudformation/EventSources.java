package dev.tmj.iac.cloudformation;

import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Event sources that invoke functions, each a flow from the source (a queue, topic, bucket, table or stream) to the
 * function: {@code AWS::Lambda::EventSourceMapping}, SAM's {@code S3}/{@code SQS}/{@code SNS}/{@code DynamoDB}/
 * {@code Kinesis} events, SNS subscriptions with protocol {@code lambda}, and a bucket's Lambda notifications.
 */
final class EventSources {
    /** SAM event types that name their source, and the property that names it. */
    private static final Map<String, String> SAM_SOURCES = Map.of("S3", "Bucket", "SQS", "Queue", "SNS", "Topic",
            "DynamoDB", "Stream", "Kinesis", "Stream", "MQ", "Broker", "MSK", "Stream", "DocumentDB", "Cluster");
    private static final Set<String> NOT_SOURCES = Set.of("Api", "HttpApi");

    private EventSources() {
    }

    static void apply(TemplateMapping mapping) {
        for (TemplateResource mappingResource : mapping.resources("AWS::Lambda::EventSourceMapping")) {
            connect(mapping, mapping.targets(mappingResource, "EventSourceArn"),
                    mapping.targets(mappingResource, "FunctionName"), mappingResource.type(),
                    mappingResource.position());
        }
        for (TemplateResource function : mapping.resources("AWS::Serverless::Function")) {
            if (function.property("Events").orElse(null) instanceof Map<?, ?> events) {
                for (Map.Entry<?, ?> entry : events.entrySet()) {
                    samEvent(mapping, function, String.valueOf(entry.getKey()), entry.getValue());
                }
            }
        }
        for (TemplateResource subscription : mapping.resources("AWS::SNS::Subscription")) {
            if ("lambda".equals(subscription.property("Protocol").orElse(""))) {
                connect(mapping, mapping.targets(subscription, "TopicArn"), mapping.targets(subscription, "Endpoint"),
                        subscription.type(), subscription.position());
            }
        }
        for (TemplateResource bucket : mapping.resources("AWS::S3::Bucket")) {
            connect(mapping, List.of(bucket.logicalId()),
                    mapping.targets(bucket, "NotificationConfiguration.LambdaConfigurations"), bucket.type(),
                    bucket.positionOf("Properties.NotificationConfiguration"));
        }
    }

    private static void samEvent(TemplateMapping mapping, TemplateResource function, String name, Object value) {
        if (!(value instanceof Map<?, ?> event) || NOT_SOURCES.contains(String.valueOf(event.get("Type")))) {
            return;
        }
        String property = SAM_SOURCES.get(String.valueOf(event.get("Type")));
        if (property == null || !(event.get("Properties") instanceof Map<?, ?> properties)) {
            return;
        }
        List<String> sources = mapping.targetsOf(properties.get(property), function,
                "Events." + name + ".Properties." + property);
        connect(mapping, sources, List.of(function.logicalId()), "AWS::Serverless::Function",
                function.positionOf("Properties.Events." + name));
    }

    private static void connect(TemplateMapping mapping, List<String> sources, List<String> functions, String type,
            SourcePosition at) {
        for (String source : sources) {
            for (String function : functions) {
                Element from = mapping.element(source).orElse(null);
                Element to = mapping.element(function).filter(CloudFormationModel::isWorkload).orElse(null);
                if (from != null && to != null && !from.isBoundary()) {
                    mapping.flow(from, to, "triggers", type, at, "", -1, null);
                }
            }
        }
    }
}
