import AmparoUI
import CNcursesw
