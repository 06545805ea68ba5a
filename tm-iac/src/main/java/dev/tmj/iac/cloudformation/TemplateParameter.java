package dev.tmj.iac.cloudformation;

import dev.tmj.model.SourcePosition;
import java.util.Optional;

/**
 * One entry of a template's {@code Parameters}.
 *
 * @param name its name
 * @param type its {@code Type} ({@code String}, {@code AWS::EC2::VPC::Id}…), empty when missing
 * @param defaultValue its {@code Default} as written (text, number or list), if any
 * @param noEcho whether {@code NoEcho} is true, so CloudFormation masks the value
 * @param position the line of its name
 */
public record TemplateParameter(String name, String type, Optional<Object> defaultValue, boolean noEcho,
        SourcePosition position) {
}
