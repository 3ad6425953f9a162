/**
 * The few plain helpers every layer shares and that belong to none of them: the one-line bad-input exception,
 * the user's data and cache folders, natural ordering of ids, the Jackson mappers ({@link io.srebench.common.JsonMappers}:
 * every mapper is configured there) and one-line text for messages ({@link io.srebench.common.Text}). JDK and
 * Jackson only; it depends on no other srebench package.
 */
package io.srebench.common;
