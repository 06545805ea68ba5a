package dev.tmj.iac.cloudformation;

import dev.tmj.model.SourcePosition;
import java.util.Optional;

/**
 * A name a template's value refers to: {@code !Ref Bucket}, {@code !GetAtt Queue.Arn}, {@code ${Table}} in a
 * {@code !Sub} string. The name may be a resource, a parameter or a pseudo parameter ({@code AWS::Region}).
 *
 * @param target the logical id or parameter named
 * @param attribute the attribute of {@code Fn::GetAtt} or {@code ${X.Attr}}, if any
 * @param function {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub}
 * @param path the path, relative to the resource's {@code Properties}, of the value holding the function
 *     ({@code Environment.Variables.TABLE})
 * @param position where the function is written
 */
public record Reference(String target, Optional<String> attribute, String function, String path,
        SourcePosition position) {
}
