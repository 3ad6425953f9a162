/**
 * The few plain helpers every layer shares and that belong to none of them: the one-line bad-input exception,
 * the user's data and cache folders, natural ordering of ids. JDK and Jackson only; it depends on no other
 * srebench package.
 */
package io.srebench.common;
