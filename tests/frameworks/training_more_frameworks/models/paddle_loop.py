"""PaddlePaddle dynamic-graph loop with an Adam optimizer."""
import paddle


def fit(model, loader, epochs: int = 2):
    optimizer = paddle.optimizer.Adam(learning_rate=1e-3, parameters=model.parameters())
    for _ in range(epochs):
        for x, y in loader:
            loss = paddle.nn.functional.cross_entropy(model(x), y)
            loss.backward()
            optimizer.step()
            optimizer.clear_grad()
