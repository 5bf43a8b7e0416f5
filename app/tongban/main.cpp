// Placeholder until the Widgets shell lands in this change.
#include <QApplication>
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}
