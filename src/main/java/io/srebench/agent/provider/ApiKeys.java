package io.srebench.agent.provider;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EnvLookup;
import io.srebench.agent.model.ModelCallException;

/** Reads an endpoint's key from its environment variable, at call time. */
final class ApiKeys {
    private ApiKeys() {
    }

    /**
     * @param fallback what to use when the endpoint names no variable; null means a key is required
     */
    static String read(Endpoint e, EnvLookup env, String fallback) throws ModelCallException {
        String var = e.apiKeyEnv();
        if (var == null || var.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new ModelCallException("endpoint '" + e.name() + "': no apiKeyEnv configured (name the environment "
                    + "variable that holds the key)", ModelCallException.Kind.MISSING_KEY, false, 0, null);
        }
        String key = env.get(var.trim());
        if (key == null || key.isBlank()) {
            throw new ModelCallException("endpoint '" + e.name() + "': environment variable " + var.trim() + " is not set",
                    ModelCallException.Kind.MISSING_KEY, false, 0, null);
        }
        return key.trim();
    }
}
