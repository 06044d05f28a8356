from fastapi import FastAPI

status = FastAPI()


@status.get("/health")
def health():
    return {"ok": True}
