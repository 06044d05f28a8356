import keras
from keras.callbacks import EarlyStopping, ModelCheckpoint, ReduceLROnPlateau


def fit(model: keras.Model, train_ds, val_ds):
    callbacks = [
        EarlyStopping(monitor="val_auc", mode="max", patience=4, restore_best_weights=True),
        ModelCheckpoint("best.keras", monitor="val_auc", mode="max", save_best_only=True),
        ReduceLROnPlateau(monitor="val_loss", factor=0.5),
    ]
    return model.fit(train_ds, validation_data=val_ds, epochs=30, callbacks=callbacks)
