"""One Optax update step for a Flax-style parameter tree."""
import jax
import optax


def make_step(loss_fn, learning_rate: float = 3e-4):
    optimizer = optax.adamw(learning_rate)

    @jax.jit
    def step(params, opt_state, batch):
        loss, grads = jax.value_and_grad(loss_fn)(params, batch)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    return optimizer, step
