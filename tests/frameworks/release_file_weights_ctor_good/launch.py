from ui.screen import Screen
from voxels.serving.setup import get_engine

if __name__ == "__main__":
    Screen(get_engine()).launch()
